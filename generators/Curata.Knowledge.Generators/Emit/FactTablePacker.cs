using System;
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
        public static byte[] Pack(byte[] table, CancellationToken cancellationToken)
        {
            const int pageSize = 1 << FactTableFormat.PageBits;
            var pageCount = (table.Length + pageSize - 1) / pageSize;
            var pages = new MemoryStream();
            var offsets = new int[pageCount + 1];
            for (var page = 0; page < pageCount; page++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                offsets[page] = (int)pages.Length;
                using (var deflate = new DeflateStream(pages, CompressionLevel.Optimal, leaveOpen: true))
                {
                    var start = page * pageSize;
                    deflate.Write(table, start, Math.Min(pageSize, table.Length - start));
                }
            }
            offsets[pageCount] = (int)pages.Length;

            var packed = new MemoryStream(8 + 4 * offsets.Length + (int)pages.Length);
            var writer = new BinaryWriter(packed);
            writer.Write(table.Length);
            writer.Write(pageCount);
            foreach (var offset in offsets) writer.Write(offset);
            pages.Position = 0;
            pages.CopyTo(packed);
            return packed.ToArray();
        }
    }
}
