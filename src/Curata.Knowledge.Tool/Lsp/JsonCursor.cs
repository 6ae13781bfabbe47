using System.Collections.Generic;

namespace Curata.Knowledge.Tool.Lsp
{
    /// <summary>
    /// Where a cursor stands in a JSON document that may be broken mid-edit: the chain of containers from the root (each with
    /// the property name it is the value of; an object in an array takes the array's), whether the cursor is at a property
    /// name or a value, and the partial string typed so far. Found by a lenient scan of the text before the cursor, which
    /// never fails: the strict parser stops at the first error, which while typing is usually just before the cursor.
    /// </summary>
    internal sealed class JsonCursor
    {
        private JsonCursor(IReadOnlyList<Container> containers, bool isPropertyName, string? property, bool inString, int prefixStart, string prefix)
        {
            Containers = containers;
            IsPropertyName = isPropertyName;
            Property = property;
            InString = inString;
            PrefixStart = prefixStart;
            Prefix = prefix;
        }

        /// <summary>A JSON object or array around the cursor; <see cref="Keys"/> are an object's property names before the cursor.</summary>
        internal sealed class Container
        {
            public Container(bool isObject, string? name)
            {
                IsObject = isObject;
                Name = name;
            }

            public bool IsObject { get; }

            /// <summary>The property this container is the value of (for an object inside an array, the array's property).</summary>
            public string? Name { get; }

            public HashSet<string> Keys { get; } = new();

            /// <summary>For an object: the last property name read, and whether its colon has been passed (a value is expected or read).</summary>
            public string? CurrentKey { get; set; }

            public bool AfterColon { get; set; }
        }

        /// <summary>The containers from the root object (index 0) to the innermost.</summary>
        public IReadOnlyList<Container> Containers { get; }

        /// <summary>True at a property name; false at a value.</summary>
        public bool IsPropertyName { get; }

        /// <summary>At a value: the property it belongs to (in an array, the array's property).</summary>
        public string? Property { get; }

        /// <summary>Whether the cursor is inside an open string (after its opening quote).</summary>
        public bool InString { get; }

        /// <summary>Where the typed text begins (just after the opening quote, or at the cursor when there is no string).</summary>
        public int PrefixStart { get; }

        public string Prefix { get; }

        /// <summary>The object whose property name or value the cursor is at: the innermost object.</summary>
        public Container? Owner
        {
            get
            {
                for (var i = Containers.Count - 1; i >= 0; i--)
                {
                    if (Containers[i].IsObject) return Containers[i];
                }
                return null;
            }
        }

        /// <summary>The depth of <see cref="Owner"/>: 0 for the root object, 2 for a fact in a root section.</summary>
        public int OwnerDepth
        {
            get
            {
                for (var i = Containers.Count - 1; i >= 0; i--)
                {
                    if (Containers[i].IsObject) return i;
                }
                return -1;
            }
        }

        /// <summary>The root section the cursor is in (<c>actors</c>, <c>eventTypes</c>, a declared kind's plural), if any.</summary>
        public string? Section => Containers.Count > 1 && Containers[0].IsObject ? Containers[1].Name : null;

        /// <summary>Scans <paramref name="text"/> up to <paramref name="cursor"/>; null when the cursor is outside every container.</summary>
        public static JsonCursor? At(string text, int cursor)
        {
            var stack = new List<Container>();
            var i = 0;
            while (i < cursor)
            {
                var c = text[i];
                switch (c)
                {
                    case '{':
                    case '[':
                        stack.Add(new Container(c == '{', NameForChild(stack)));
                        i++;
                        break;
                    case '}':
                    case ']':
                        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
                        if (stack.Count > 0) MarkValueRead(stack[stack.Count - 1]);
                        i++;
                        break;
                    case ':':
                        if (stack.Count > 0 && stack[stack.Count - 1].IsObject) stack[stack.Count - 1].AfterColon = true;
                        i++;
                        break;
                    case ',':
                        if (stack.Count > 0 && stack[stack.Count - 1].IsObject)
                        {
                            stack[stack.Count - 1].AfterColon = false;
                            stack[stack.Count - 1].CurrentKey = null;
                        }
                        i++;
                        break;
                    case '"':
                        var start = i + 1;
                        var end = StringEnd(text, start, cursor);
                        if (end < 0)
                        {
                            // The cursor is inside this string.
                            return Make(stack, inString: true, start, text.Substring(start, cursor - start));
                        }
                        var value = Unescape(text.Substring(start, end - start));
                        if (stack.Count > 0 && stack[stack.Count - 1] is { IsObject: true, AfterColon: false } owner)
                        {
                            owner.CurrentKey = value;
                            owner.Keys.Add(value);
                        }
                        i = end + 1;
                        break;
                    default:
                        i++;
                        break;
                }
            }
            return Make(stack, inString: false, cursor, "");
        }

        private static JsonCursor? Make(List<Container> stack, bool inString, int prefixStart, string prefix)
        {
            if (stack.Count == 0) return null;
            var top = stack[stack.Count - 1];
            if (top.IsObject) return new JsonCursor(stack, !top.AfterColon, top.AfterColon ? top.CurrentKey : null, inString, prefixStart, prefix);
            return new JsonCursor(stack, isPropertyName: false, top.Name, inString, prefixStart, prefix);
        }

        private static string? NameForChild(List<Container> stack)
        {
            if (stack.Count == 0) return null;
            var parent = stack[stack.Count - 1];
            return parent.IsObject ? (parent.AfterColon ? parent.CurrentKey : null) : parent.Name;
        }

        // After a nested value closes, its owner's property has its value; the next thing is a comma.
        private static void MarkValueRead(Container container)
        {
            if (container.IsObject) container.AfterColon = true;
        }

        // The index of the closing quote of a string starting at `start`, or -1 if the string is still open at `limit`
        // (a line break also ends it: JSON strings cannot hold one, so it was never closed).
        private static int StringEnd(string text, int start, int limit)
        {
            for (var i = start; i < limit; i++)
            {
                if (text[i] == '\\') i++;
                else if (text[i] == '"') return i;
                else if (text[i] == '\n') return i;
            }
            return -1;
        }

        // Property names that matter here are plain; escapes are only undone enough to compare names.
        private static string Unescape(string raw) => raw.IndexOf('\\') < 0 ? raw : raw.Replace("\\\"", "\"").Replace("\\\\", "\\");
    }
}
