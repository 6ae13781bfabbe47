using System;
using System.ComponentModel;

namespace Curata.Knowledge
{
    /// <summary>
    /// Used by generated code: one piece of the packed fact table, in base64, on a class of its own. A string in an attribute
    /// is stored in the assembly's metadata as it is written, so the compiler's cost is reading the text; a UTF-8 string
    /// literal (<c>"..."u8</c>) costs it a node per byte. Each piece sits on its own class so that reading the table
    /// materialises one piece's string at a time.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class FactTableChunkAttribute : Attribute
    {
        /// <summary>Records one piece of the packed fact table.</summary>
        public FactTableChunkAttribute(string base64) => Base64 = base64;

        /// <summary>The piece, in base64.</summary>
        public string Base64 { get; }

        /// <summary>
        /// The packed fact table: the pieces on <paramref name="chunks"/>, in order, decoded into <paramref name="length"/> bytes.
        /// </summary>
        /// <exception cref="InvalidOperationException">A piece is missing, is not base64, or the pieces do not fill exactly
        /// <paramref name="length"/> bytes: the assembly was altered after it was compiled.</exception>
        public static byte[] Join(int length, params Type[] chunks)
        {
            if (chunks is null) throw new ArgumentNullException(nameof(chunks));
            var table = new byte[length];
            var written = 0;
            foreach (var holder in chunks)
            {
                var chunk = (FactTableChunkAttribute?)GetCustomAttribute(holder, typeof(FactTableChunkAttribute), inherit: false);
                if (chunk is null || !TryDecode(chunk.Base64, table, ref written)) throw Damaged();
            }
            if (written != length) throw Damaged();
            return table;
        }

        private static bool TryDecode(string base64, byte[] table, ref int written)
        {
#if NETSTANDARD2_0
            byte[] bytes;
            try { bytes = Convert.FromBase64String(base64); }
            catch (FormatException) { return false; }
            if (bytes.Length > table.Length - written) return false;
            Buffer.BlockCopy(bytes, 0, table, written, bytes.Length);
            written += bytes.Length;
            return true;
#else
            if (!Convert.TryFromBase64String(base64, table.AsSpan(written), out var count)) return false;
            written += count;
            return true;
#endif
        }

        private static InvalidOperationException Damaged() =>
            new InvalidOperationException("The compiled knowledge base is damaged: its fact table's pieces do not add up. Rebuild the project.");
    }
}
