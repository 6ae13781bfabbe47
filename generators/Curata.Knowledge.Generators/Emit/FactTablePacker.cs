using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// Compresses the fact table page by page (layout: <see cref="FactTableFormat.PageBits"/>). Fewer bytes in the generated
    /// code is what makes a large knowledge base compile fast, so pages get deflate's optimal level: at 100,000 facts it packs
    /// 23 MB into about a third less than the fastest level does, for under a second more. Pages compressed alone let the
    /// runtime decompress only what a query reads.
    /// </summary>
    internal static class FactTablePacker
    {
        [ThreadStatic]
        private static MemoryStream? t_pageOutput;

        /// <summary>Packs <paramref name="table"/> afresh.</summary>
        public static byte[] Pack(byte[] table, CancellationToken cancellationToken) => Pack(table, last: null, cancellationToken);

        /// <summary>
        /// Packs <paramref name="table"/>, keeping each page of <paramref name="last"/>'s packed table whose bytes did not change:
        /// deflate gives the same bytes for the same page, so the result is what packing afresh gives.
        /// </summary>
        public static byte[] Pack(byte[] table, WrittenFactTable? last, CancellationToken cancellationToken) =>
            Pack(table, last, cancellationToken, out _);

        /// <summary>The same, saying how many pages it compressed rather than kept.</summary>
        public static byte[] Pack(byte[] table, WrittenFactTable? last, CancellationToken cancellationToken, out int compressedAfresh)
        {
            const int pageSize = 1 << FactTableFormat.PageBits;
            var pageCount = (table.Length + pageSize - 1) / pageSize;
            var kept = last?.Packed is byte[] packedBefore ? new KeptPages(last.Table, packedBefore) : null;
            var afresh = 0;
            // Pages are independent, so they are compressed on every core; the result does not depend on the order they finish in.
            var compressed = new byte[pageCount][];
            EveryCore.For(pageCount, page =>
            {
                var start = page * pageSize;
                var length = Math.Min(pageSize, table.Length - start);
                if (kept?.Find(table, start, length) is byte[] keptPage)
                {
                    compressed[page] = keptPage;
                    return;
                }
                Interlocked.Increment(ref afresh);
                // One stream per thread, emptied for each page: a stream per page, grown page after page, allocated twice
                // what the pages compress to.
                var output = t_pageOutput ??= new MemoryStream(pageSize);
                output.SetLength(0);
                using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
                {
                    deflate.Write(table, start, length);
                }
                compressed[page] = output.ToArray();
            }, cancellationToken);
            compressedAfresh = afresh;
            var offsets = new int[pageCount + 1];
            for (var page = 0; page < pageCount; page++) offsets[page + 1] = offsets[page] + compressed[page].Length;

            var packed = new MemoryStream(8 + 4 * offsets.Length + offsets[pageCount]);
            var writer = new BinaryWriter(packed);
            writer.Write(table.Length);
            writer.Write(pageCount);
            foreach (var offset in offsets) writer.Write(offset);
            foreach (var page in compressed) packed.Write(page, 0, page.Length);
            return packed.Contents();
        }

        /// <summary>
        /// The last packed table's pages, found by their bytes: at the same place first, else anywhere, for a table that moved
        /// by whole pages (a region of the string table that grew onto one more page moves every region after it by one).
        /// </summary>
        private sealed class KeptPages
        {
            private const int PageSize = 1 << FactTableFormat.PageBits;
            private readonly byte[] _table;
            private readonly byte[] _packed;
            // Built when a page is first not found in its place: each page's number by a hash of its bytes.
            private readonly Lazy<Dictionary<ulong, int>> _byHash;

            public KeptPages(byte[] table, byte[] packed)
            {
                _table = table;
                _packed = packed;
                _byHash = new Lazy<Dictionary<ulong, int>>(() =>
                {
                    var pages = new Dictionary<ulong, int>();
                    for (var page = 0; page * PageSize < table.Length; page++)
                    {
                        var hash = Hash(table, page * PageSize, Math.Min(PageSize, table.Length - page * PageSize));
                        if (!pages.ContainsKey(hash)) pages.Add(hash, page);
                    }
                    return pages;
                });
            }

            /// <summary>The compressed bytes of a page of the last table with the same bytes as <paramref name="table"/>'s page at <paramref name="start"/>.</summary>
            public byte[]? Find(byte[] table, int start, int length)
            {
                if (Same(table, start, length, start / PageSize)) return PackedPage(_packed, start / PageSize);
                return _byHash.Value.TryGetValue(Hash(table, start, length), out var page) && Same(table, start, length, page)
                    ? PackedPage(_packed, page)
                    : null;
            }

            // Whether the last table's page `page` holds the same bytes, as many of them.
            private bool Same(byte[] table, int start, int length, int page)
            {
                var before = page * PageSize;
                return before < _table.Length && Math.Min(PageSize, _table.Length - before) == length
                    && table.AsSpan(start, length).SequenceEqual(_table.AsSpan(before, length));
            }

            // A 64-bit hash of a page's bytes, eight at a time; a match is checked byte for byte, so this need only spread pages.
            private static ulong Hash(byte[] bytes, int start, int length)
            {
                var hash = 14695981039346656037UL ^ (ulong)length;
                var i = start;
                for (; i + 8 <= start + length; i += 8) hash = Mix(hash ^ BitConverter.ToUInt64(bytes, i));
                for (; i < start + length; i++) hash = Mix(hash ^ bytes[i]);
                return hash;
            }

            private static ulong Mix(ulong hash)
            {
                hash *= 1099511628211UL;
                return hash ^ hash >> 29;
            }
        }

        // A page's compressed bytes in a packed table (the layout Pack writes).
        private static byte[] PackedPage(byte[] packed, int page)
        {
            var pageCount = TableBytes.Int32At(packed, 4);
            var pages = 8 + 4 * (pageCount + 1);
            var start = TableBytes.Int32At(packed, 8 + 4 * page);
            var bytes = new byte[TableBytes.Int32At(packed, 8 + 4 * (page + 1)) - start];
            System.Buffer.BlockCopy(packed, pages + start, bytes, 0, bytes.Length);
            return bytes;
        }
    }
}
