using System.Collections;
using System.Collections.Generic;

namespace Curata.Knowledge.Generators.Json
{
    /// <summary>A value on a <see cref="JsonTape"/>; <c>default</c> stands for no value.</summary>
    internal readonly struct JsonValue
    {
        private readonly JsonTape? _tape;

        public JsonValue(JsonTape tape, int index)
        {
            _tape = tape;
            Index = index;
        }

        /// <summary>False for <c>default</c>: no value.</summary>
        public bool Exists => _tape != null;

        public int Index { get; }

        private ref JsonToken Token => ref _tape!.Tokens[Index];

        public JsonKind Kind => Token.Kind;

        /// <summary>Offset of the first character.</summary>
        public int Start => Token.Start;

        /// <summary>Offset just past the last character.</summary>
        public int End => Token.End;

        /// <inheritdoc cref="JsonToken.Damaged"/>
        public bool Damaged => Token.Damaged;

        /// <summary>A string's value; null for any other kind.</summary>
        public string? String => Token.Kind == JsonKind.String ? Token.Text : null;

        /// <summary>A number exactly as written; null for any other kind.</summary>
        public string? NumberText => Token.Kind == JsonKind.Number ? new string(_tape!.Text, Token.Start, Token.End - Token.Start) : null;

        /// <summary>An object's properties in the order written (a repeated name appears each time); none for any other kind.</summary>
        public JsonProperties Properties => Token.Kind == JsonKind.Object ? new JsonProperties(Members) : default;

        /// <summary>An array's elements; none for any other kind.</summary>
        public JsonItems Items => Token.Kind == JsonKind.Array ? new JsonItems(Members) : default;

        private TapeMembers Members => new TapeMembers(_tape!, Token.First, Token.Count);
    }

    /// <summary>Where a container's members are on the tape: what both of its lists are views of.</summary>
    internal readonly struct TapeMembers
    {
        private readonly int _first;

        public TapeMembers(JsonTape tape, int first, int count)
        {
            Tape = tape;
            _first = first;
            Count = count;
        }

        public JsonTape Tape { get; }

        public int Count { get; }

        /// <summary>The tape position of the member at <paramref name="index"/>.</summary>
        public int this[int index] => Tape.Members[_first + index];
    }

    /// <summary>A name and its value.</summary>
    internal readonly struct JsonProperty
    {
        public JsonProperty(string name, int nameStart, int nameEnd, JsonValue value)
        {
            Name = name;
            NameStart = nameStart;
            NameEnd = nameEnd;
            Value = value;
        }

        public string Name { get; }
        public int NameStart { get; }
        public int NameEnd { get; }
        public JsonValue Value { get; }
    }

    /// <summary>An object's properties.</summary>
    internal readonly struct JsonProperties : IReadOnlyList<JsonProperty>
    {
        private readonly TapeMembers _members;

        public JsonProperties(TapeMembers members) => _members = members;

        public int Count => _members.Count;

        public JsonProperty this[int index]
        {
            get
            {
                var name = _members[index];
                ref var token = ref _members.Tape.Tokens[name];
                return new JsonProperty(token.Text!, token.Start, token.End, _members.Tape.Value(name + 1));
            }
        }

        public ListEnumerator<JsonProperties, JsonProperty> GetEnumerator() => new ListEnumerator<JsonProperties, JsonProperty>(this);

        IEnumerator<JsonProperty> IEnumerable<JsonProperty>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>An array's elements.</summary>
    internal readonly struct JsonItems : IReadOnlyList<JsonValue>
    {
        private readonly TapeMembers _members;

        public JsonItems(TapeMembers members) => _members = members;

        public int Count => _members.Count;

        public JsonValue this[int index] => _members.Tape.Value(_members[index]);

        public ListEnumerator<JsonItems, JsonValue> GetEnumerator() => new ListEnumerator<JsonItems, JsonValue>(this);

        IEnumerator<JsonValue> IEnumerable<JsonValue>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Walks a list that is a struct by index, without boxing it: the enumerator of the tape's lists.</summary>
    internal struct ListEnumerator<TList, T> : IEnumerator<T> where TList : struct, IReadOnlyList<T>
    {
        private readonly TList _list;
        private int _index;

        public ListEnumerator(TList list)
        {
            _list = list;
            _index = -1;
        }

        public T Current => _list[_index];

        object? IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _list.Count;

        public void Reset() => _index = -1;

        public void Dispose() { }
    }
}
