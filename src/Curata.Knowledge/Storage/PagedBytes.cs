using System;
using System.IO;
using System.IO.Compression;
using System.Threading;

namespace Curata.Knowledge.Storage
{
    /// <summary>
    /// The fact table as the generator packed it: pages compressed one by one, each decompressed on first read and kept.
    /// A query that reads a few facts decompresses a few pages, not the whole table.
    /// </summary>
    internal sealed class PagedBytes
    {
        private const int PageSize = 1 << FactTableFormat.PageBits;
        private const int PageMask = PageSize - 1;

        private readonly PackedBytes _packed;
        private readonly int _pagesStart;
        private readonly byte[]?[] _pages;

        public PagedBytes(PackedBytes packed)
        {
            _packed = packed;
            Length = packed.ReadInt32(0);
            var pageCount = packed.ReadInt32(4);
            if (Length < 0 || pageCount < 0 || pageCount != (Length + PageSize - 1) / PageSize)
                throw new InvalidOperationException("The compiled knowledge base is damaged or not in a format this runtime reads.");
            _pages = new byte[]?[pageCount];
            _pagesStart = 8 + 4 * (pageCount + 1);
        }

        public int Length { get; }

        public byte this[int position] => Page(position >> FactTableFormat.PageBits)[position & PageMask];

        /// <summary>Copies bytes that may span pages.</summary>
        public void CopyTo(int position, byte[] destination, int count)
        {
            var copied = 0;
            while (copied < count)
            {
                var at = position + copied;
                var page = Page(at >> FactTableFormat.PageBits);
                var offset = at & PageMask;
                var length = Math.Min(count - copied, page.Length - offset);
                Buffer.BlockCopy(page, offset, destination, copied, length);
                copied += length;
            }
        }

        /// <summary>The page holding <paramref name="position"/> and the offset in it, when the next <paramref name="count"/> bytes lie in one page.</summary>
        public bool TryGetSpan(int position, int count, out byte[] page, out int offset)
        {
            page = Page(position >> FactTableFormat.PageBits);
            offset = position & PageMask;
            return offset + count <= page.Length;
        }

        private byte[] Page(int index)
        {
            var page = Volatile.Read(ref _pages[index]);
            if (page != null) return page;
            var start = _pagesStart + _packed.ReadInt32(8 + 4 * index);
            var end = _pagesStart + _packed.ReadInt32(8 + 4 * (index + 1));
            var size = index == _pages.Length - 1 ? Length - index * PageSize : PageSize;
            var decompressed = new byte[size];
            var compressed = _packed.Read(start, end - start);
            using (var deflate = new DeflateStream(new MemoryStream(compressed.Array!, compressed.Offset, compressed.Count), CompressionMode.Decompress))
            {
                var read = 0;
                while (read < size)
                {
                    var n = deflate.Read(decompressed, read, size - read);
                    if (n == 0) throw new InvalidOperationException("The compiled knowledge base is damaged: a page is short.");
                    read += n;
                }
            }
            return Interlocked.CompareExchange(ref _pages[index], decompressed, null) ?? decompressed;
        }
    }
}
