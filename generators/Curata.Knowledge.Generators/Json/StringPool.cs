namespace Curata.Knowledge.Generators.Json
{
    /// <summary>
    /// Shares the strings a knowledge file repeats (property names, ids, kinds, dates), so reading it allocates one string per
    /// distinct short value instead of one per occurrence, and the cached model holds each once. A fixed-size cache, not a
    /// set: a slot keeps the last string hashed to it, so memory stays bounded whatever the file holds.
    /// </summary>
    internal sealed class StringPool
    {
        // Longer values (summaries, quotations) are rarely repeated: not worth hashing.
        private const int MaxPooledLength = 64;
        private const int SlotBits = 12;
        private readonly string?[] _slots = new string?[1 << SlotBits];

        /// <summary>The characters <paramref name="text"/>[<paramref name="start"/>, +<paramref name="length"/>) as a string.</summary>
        public string Get(char[] text, int start, int length)
        {
            if (length == 0) return string.Empty;
            if (length > MaxPooledLength) return new string(text, start, length);
            // FNV-1a over the characters.
            var hash = 2166136261u;
            for (var i = start; i < start + length; i++) hash = (hash ^ text[i]) * 16777619u;
            var slot = (int)(hash >> (32 - SlotBits));
            var pooled = _slots[slot];
            if (pooled != null && pooled.Length == length && Same(pooled, text, start)) return pooled;
            return _slots[slot] = new string(text, start, length);
        }

        private static bool Same(string pooled, char[] text, int start)
        {
            for (var i = 0; i < pooled.Length; i++)
            {
                if (pooled[i] != text[start + i]) return false;
            }
            return true;
        }
    }
}
