using System;
using System.Text;

namespace Curata.Knowledge.Storage
{
    /// <summary>Random access to a decoded fact table: fixed-width numbers, variable-length integers and the string table.</summary>
    internal sealed class FactTableReader
    {
        private readonly PagedBytes _data;
        private readonly StringTableLayout _strings;

        /// <summary>What a table, or generated code, from another version of the package is told.</summary>
        internal const string OtherFormat = "The compiled knowledge base is not in a format this runtime reads; rebuild with matching package versions.";

        public FactTableReader(PagedBytes data)
        {
            _data = data;
            if (data.Length < 4 + 4 * FactTableFormat.SectionCount || UInt32(0) != FactTableFormat.Magic)
                throw new InvalidOperationException(OtherFormat);
            _strings = StringTableLayout.Read(new Numbers(data), Section(FactTableFormat.Strings));
        }

        /// <summary>Where section <paramref name="section"/> starts.</summary>
        public int Section(int section) => (int)UInt32(4 + 4 * section);

        public uint UInt32(int position) => (uint)new Numbers(_data).Int32(position);

        public int Int32(int position) => new Numbers(_data).Int32(position);

        public ulong Varint(ref int position)
        {
            ulong value = 0;
            var shift = 0;
            while (true)
            {
                var b = _data[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return value;
                shift += 7;
            }
        }

        public int Int(ref int position) => (int)Varint(ref position);

        /// <summary>An optional number stored plus one.</summary>
        public int? OptionalInt(ref int position)
        {
            var value = Varint(ref position);
            return value == 0 ? null : (int)(value - 1);
        }

        public bool Bool(ref int position) => Varint(ref position) != 0;

        /// <summary>String number <paramref name="index"/> (<see cref="FactTableFormat.Strings"/>).</summary>
        public string String(int index)
        {
            _strings.Locate(new Numbers(_data), index, out var start, out var end);
            // The first byte says how the rest is encoded: 0 UTF-8, 1 UTF-16 code units (for text that is not valid Unicode).
            var length = end - start - 1;
            if (!_data.TryGetSpan(start + 1, length, out var bytes, out var offset))
            {
                bytes = new byte[length];
                _data.CopyTo(start + 1, bytes, length);
                offset = 0;
            }
            if (_data[start] == 0) return System.Text.Encoding.UTF8.GetString(bytes, offset, length);
            var chars = new char[length / 2];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)(bytes[offset + 2 * i] | bytes[offset + 2 * i + 1] << 8);
            return new string(chars);
        }

        public string String(ref int position) => String(Int(ref position));

        public string? OptionalString(ref int position)
        {
            var value = Varint(ref position);
            return value == 0 ? null : String((int)(value - 1));
        }

        public string[] Strings(ref int position)
        {
            var count = Int(ref position);
            if (count == 0) return Array.Empty<string>();
            var strings = new string[count];
            for (var i = 0; i < count; i++) strings[i] = String(ref position);
            return strings;
        }

        public int[] Ints(ref int position)
        {
            var count = Int(ref position);
            if (count == 0) return Array.Empty<int>();
            var values = new int[count];
            for (var i = 0; i < count; i++) values[i] = Int(ref position);
            return values;
        }

        public PartialDate? Date(ref int position)
        {
            var packed = Varint(ref position);
            if (packed == 0) return null;
            FactTableFormat.UnpackDate(packed, out var year, out var month, out var day, out var approximate, out var hasTime);
            if (!hasTime) return new PartialDate(year, month, day, approximate);
            var time = Varint(ref position);
            FactTableFormat.UnpackTime(time, Varint(ref position), out var timeOfDay, out var hasSeconds, out var offset);
            return new PartialDate(year, month!.Value, day!.Value, timeOfDay, offset, hasSeconds, approximate);
        }

        public DateSpan? Span(ref int position)
        {
            switch (Int(ref position))
            {
                case FactTableFormat.SingleDate: return DateSpan.On(Date(ref position)!.Value);
                case FactTableFormat.Interval:
                    var from = Date(ref position);
                    return DateSpan.Between(from, Date(ref position));
                default: return null;
            }
        }

        public EstimatedCount? Count(ref int position)
        {
            if (!Bool(ref position)) return null;
            var low = OptionalInt(ref position);
            var best = OptionalInt(ref position);
            return new EstimatedCount(low, best, OptionalInt(ref position));
        }

        /// <summary>Compares the string at <paramref name="index"/> with <paramref name="value"/> ordinally, for binary search over ids.</summary>
        public int CompareString(int index, string value) => string.CompareOrdinal(String(index), value);

        // The table's fixed-width numbers, read from its pages; a struct, so the string table's layout is compiled for it.
        private readonly struct Numbers : ITableNumbers
        {
            private readonly PagedBytes _data;

            public Numbers(PagedBytes data) => _data = data;

            public int Int32(int position) => _data[position] | _data[position + 1] << 8 | _data[position + 2] << 16 | _data[position + 3] << 24;
        }
    }
}
