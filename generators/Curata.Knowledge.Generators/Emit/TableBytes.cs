using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>Reads back what the fact table's writer and packer wrote, where a write after an edit copies from the last.</summary>
    internal static class TableBytes
    {
        /// <summary>The little-endian 32-bit number at <paramref name="at"/> (the table's fixed-width numbers).</summary>
        public static int Int32At(byte[] bytes, int at) => bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16 | bytes[at + 3] << 24;

        /// <summary>Where section <paramref name="section"/> starts in <paramref name="table"/> (its header's offset).</summary>
        public static int SectionStart(byte[] table, int section) => Int32At(table, 4 + 4 * section);
    }

    /// <summary>A written table's fixed-width numbers, as <see cref="StringTableLayout"/> reads them.</summary>
    internal readonly struct TableNumbers : ITableNumbers
    {
        private readonly byte[] _table;

        public TableNumbers(byte[] table) => _table = table;

        public int Int32(int position) => TableBytes.Int32At(_table, position);
    }
}
