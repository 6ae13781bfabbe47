using System;
using System.Buffers;
using System.Collections.Generic;

namespace Curata.Knowledge.Generators.Json
{
    /// <summary>The JSON value kinds.</summary>
    internal enum JsonKind : byte { Object, Array, String, Number, True, False, Null }

    /// <summary>
    /// One value (or one property name) of a parsed file: its kind and character span, a string's value, and where a
    /// container's members are listed. A plain value in one array, not an object: a file holds millions.
    /// </summary>
    internal struct JsonToken
    {
        /// <summary>Offset of the first character.</summary>
        public int Start;

        /// <summary>Offset just past the last character.</summary>
        public int End;

        /// <summary>A container's first entry in <see cref="JsonTape.Members"/>.</summary>
        public int First;

        /// <summary>How many members a container has.</summary>
        public int Count;

        /// <summary>A string's value, or a property name.</summary>
        public string? Text;

        public JsonKind Kind;

        /// <summary>
        /// True for an array or object that held a syntax error (its own or a nested one's): what it holds may not be what was
        /// meant, so a fact read from it is dropped, not guessed at.
        /// </summary>
        public bool Damaged;
    }

    /// <summary>
    /// What the parser makes of a file: every value as a <see cref="JsonToken"/> in one array, in the order written, and each
    /// container's members as positions in a second array (an object lists its property names; a name's value is the token
    /// after it). No object is made per value. The arrays, and the copy of the text they were parsed from, are rented from
    /// the shared array pools (unless the text is huge) and given back when the tape is disposed, so the next file read (or
    /// the same file read again after an edit) reuses them, and reading allocates little beyond the strings the models keep.
    /// The pools let go of what they hold when memory runs short. A tape never disposed is collected like any object.
    /// </summary>
    internal sealed class JsonTape : IDisposable
    {
        // Knowledge files hold about one value per 17 characters (indented JSON of facts): sized so, a tape rarely grows.
        private const int CharactersPerToken = 16;
        private const int CharactersPerMember = 32;

        // Texts longer than this (16 MB of characters) do not go to the pools, which keep what they are given until memory runs
        // short: a compiler reading a huge base should not hold every reader's buffers while it compiles. Their arrays are kept
        // weakly instead (HugeArrays).
        private const int MaxRentedLength = 8 << 20;

        // Where a tape's arrays come from, and go back to.
        private enum Arrays : byte { Pooled, Huge, Own }

        private readonly Arrays _arrays;

        private JsonTape(int length, Arrays arrays)
        {
            _arrays = arrays;
            Length = length;
            Text = NewArray<char>(length);
            Tokens = NewArray<JsonToken>(length / CharactersPerToken + 64);
            Members = NewArray<int>(length / CharactersPerMember + 64);
        }

        /// <summary>The characters parsed: the first <see cref="Length"/> of them (the array may be longer), a copy of the file's text.</summary>
        public char[] Text { get; private set; }

        public int Length { get; }

        public JsonToken[] Tokens { get; private set; }

        public int TokenCount { get; private set; }

        public int[] Members { get; private set; }

        public int MemberCount { get; private set; }

        /// <summary>
        /// A tape for a text of <paramref name="length"/> characters, whose <see cref="Text"/> the caller fills: on rented
        /// arrays, unless the text is huge.
        /// </summary>
        public static JsonTape Rent(int length) => new JsonTape(length, length <= MaxRentedLength ? Arrays.Pooled : Arrays.Huge);

        /// <summary>
        /// A tape on new arrays of its own, the text's exactly as long as the text: what a rented tape must read the same as,
        /// whatever its arrays held before.
        /// </summary>
        public static JsonTape Allocate(int length) => new JsonTape(length, Arrays.Own);

        /// <summary>A tape on the arrays a huge text's tape takes (kept weakly between files), whatever the text's length: for tests.</summary>
        internal static JsonTape RentHuge(int length) => new JsonTape(length, Arrays.Huge);

        public static JsonTape Of(string text)
        {
            var tape = Rent(text.Length);
            text.CopyTo(0, tape.Text, 0, text.Length);
            return tape;
        }

        public JsonValue Value(int token) => new JsonValue(this, token);

        public int Add(JsonKind kind, int start, int end, string? text = null)
        {
            if (TokenCount == Tokens.Length) Tokens = Grow(Tokens, TokenCount);
            Tokens[TokenCount] = new JsonToken { Kind = kind, Start = start, End = end, Text = text };
            return TokenCount++;
        }

        /// <summary>Forgets the tokens from <paramref name="count"/> on: what a failed value left.</summary>
        public void Truncate(int count)
        {
            // Past the count, Dispose would not clear them.
            Array.Clear(Tokens, count, TokenCount - count);
            TokenCount = count;
        }

        /// <summary>Ends a container: its span, whether it is damaged, and its members (taken off the end of <paramref name="open"/>).</summary>
        public void Close(int token, int end, bool damaged, List<int> open, int firstOpen)
        {
            var count = open.Count - firstOpen;
            while (MemberCount + count > Members.Length) Members = Grow(Members, MemberCount);
            open.CopyTo(firstOpen, Members, MemberCount, count);
            open.RemoveRange(firstOpen, count);
            ref var container = ref Tokens[token];
            container.End = end;
            container.Damaged = damaged;
            container.First = MemberCount;
            container.Count = count;
            MemberCount += count;
        }

        /// <summary>
        /// A root object holding one section, <paramref name="section"/>, whose array holds <paramref name="element"/> alone,
        /// with the spans given: how one fact parsed alone is read as if its file held nothing else.
        /// </summary>
        public JsonValue Wrap(JsonValue element, string section, int nameStart, int nameEnd, int arrayStart, int arrayEnd, int rootStart, int rootEnd)
        {
            var open = new List<int>(1);
            var name = Add(JsonKind.String, nameStart, nameEnd, section);
            var array = Add(JsonKind.Array, arrayStart, arrayEnd);
            open.Add(element.Index);
            Close(array, arrayEnd, damaged: false, open, 0);
            var root = Add(JsonKind.Object, rootStart, rootEnd);
            open.Add(name);
            Close(root, rootEnd, damaged: false, open, 0);
            return Value(root);
        }

        private T[] NewArray<T>(int length) => _arrays switch
        {
            Arrays.Pooled => ArrayPool<T>.Shared.Rent(length),
            Arrays.Huge => HugeArrays<T>.Take(length),
            _ => new T[length],
        };

        // A rented array goes back to where it came from; tokens are cleared first, so that it does not keep their strings alive.
        private void Return<T>(T[] array, int used)
        {
            if (_arrays == Arrays.Own || array.Length == 0) return;
            if (array is JsonToken[]) Array.Clear(array, 0, used);
            if (_arrays == Arrays.Pooled) ArrayPool<T>.Shared.Return(array);
            else HugeArrays<T>.Give(array);
        }

        /// <summary>
        /// The arrays of huge texts' tapes, kept weakly once a tape is done: the next huge file read takes them instead of new
        /// ones, and the collector takes them when no file is being read. Each is tens or hundreds of megabytes, on the large
        /// object heap, which is collected only with the oldest generation: a base of a million facts read file by file into
        /// new arrays left gigabytes of them behind before a collection came.
        /// </summary>
        private static class HugeArrays<T>
        {
            private static readonly List<WeakReference<T[]>> Kept = new List<WeakReference<T[]>>();

            public static T[] Take(int length)
            {
                lock (Kept)
                {
                    for (var i = Kept.Count - 1; i >= 0; i--)
                    {
                        if (!Kept[i].TryGetTarget(out var array)) Kept.RemoveAt(i);
                        else if (array.Length >= length)
                        {
                            Kept.RemoveAt(i);
                            return array;
                        }
                    }
                }
                return new T[length];
            }

            public static void Give(T[] array)
            {
                lock (Kept) Kept.Add(new WeakReference<T[]>(array));
            }
        }

        private T[] Grow<T>(T[] array, int used)
        {
            var grown = NewArray<T>(array.Length * 2);
            Array.Copy(array, grown, used);
            Return(array, used);
            return grown;
        }

        /// <summary>Gives the arrays back to the pools; no value of this tape may be read after.</summary>
        public void Dispose()
        {
            if (Tokens.Length == 0) return;
            Return(Text, 0);
            Return(Tokens, TokenCount);
            Return(Members, 0);
            Text = Array.Empty<char>();
            Tokens = Array.Empty<JsonToken>();
            Members = Array.Empty<int>();
            TokenCount = MemberCount = 0;
        }
    }
}
