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
        public string Get(string text, int start, int length)
        {
            if (length == 0) return string.Empty;
            if (length > MaxPooledLength) return text.Substring(start, length);
            // FNV-1a over the characters.
            var hash = 2166136261u;
            for (var i = start; i < start + length; i++) hash = (hash ^ text[i]) * 16777619u;
            var slot = (int)(hash >> (32 - SlotBits));
            var pooled = _slots[slot];
            if (pooled != null && pooled.Length == length && string.CompareOrdinal(pooled, 0, text, start, length) == 0) return pooled;
            return _slots[slot] = text.Substring(start, length);
        }
    }
}
