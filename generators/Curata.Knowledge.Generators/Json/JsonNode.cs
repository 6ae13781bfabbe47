namespace Curata.Knowledge.Generators.Json
{
    /// <summary>The JSON value kinds.</summary>
    internal enum JsonKind { Object, Array, String, Number, True, False, Null }

    /// <summary>
    /// A JSON value with the character span it occupies in its file, so every diagnostic can point at the exact token.
    /// Trees live only inside one parse step; models never hold them.
    /// </summary>
    internal abstract class JsonNode
    {
        protected JsonNode(JsonKind kind, int start, int end)
        {
            Kind = kind;
            Start = start;
            End = end;
        }

        public JsonKind Kind { get; }

        /// <summary>Offset of the first character.</summary>
        public int Start { get; }

        /// <summary>Offset just past the last character.</summary>
        public int End { get; internal set; }

        /// <summary>
        /// True for an array or object that held a syntax error (its own or a nested one's): what it holds may not be what was
        /// meant, so a fact read from it is dropped, not guessed at.
        /// </summary>
        public bool Damaged { get; internal set; }
    }

    internal sealed class JsonObject : JsonNode
    {
        public JsonObject(int start) : base(JsonKind.Object, start, start) { }

        /// <summary>The properties in the order written (a repeated name appears each time).</summary>
        public JsonProperty[] Properties { get; internal set; } = System.Array.Empty<JsonProperty>();
    }

    /// <summary>A name and its value: a value held in its object's array, not an object of its own (a file has millions).</summary>
    internal readonly struct JsonProperty
    {
        public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
        {
            Name = name;
            NameStart = nameStart;
            NameEnd = nameEnd;
            Value = value;
        }

        public string Name { get; }
        public int NameStart { get; }
        public int NameEnd { get; }
        public JsonNode Value { get; }
    }

    internal sealed class JsonArray : JsonNode
    {
        public JsonArray(int start) : base(JsonKind.Array, start, start) { }

        public JsonNode[] Items { get; internal set; } = System.Array.Empty<JsonNode>();
    }

    internal sealed class JsonString : JsonNode
    {
        public JsonString(string value, int start, int end) : base(JsonKind.String, start, end) => Value = value;

        public string Value { get; }
    }

    internal sealed class JsonNumber : JsonNode
    {
        public JsonNumber(string text, int start, int end) : base(JsonKind.Number, start, end) => Text = text;

        /// <summary>The number exactly as written.</summary>
        public string Text { get; }
    }

    internal sealed class JsonLiteral : JsonNode
    {
        public JsonLiteral(JsonKind kind, int start, int end) : base(kind, start, end) { }
    }
}
