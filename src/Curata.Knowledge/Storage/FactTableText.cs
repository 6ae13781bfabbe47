// How the packed fact table is written in the generated code's attribute strings, shared by the generator (which encodes)
// and the runtime (which decodes). The generator compiles this file too, in its own namespace.
using System.Runtime.CompilerServices;

#if KNOWLEDGE_GENERATOR
namespace Curata.Knowledge.Generators.Model
#else
namespace Curata.Knowledge.Storage
#endif
{
    /// <summary>
    /// Bytes as characters, 15 bits each: a character is U+4E00 plus the next 15 bits (low bits first), so every character
    /// lies in U+4E00–U+CDFF, which holds no quote, backslash, line break or surrogate: a C# string literal keeps it as it is,
    /// and UTF-8 metadata round-trips it. Base64 carries 6 bits per character; these 2.5 times fewer characters make every
    /// copy of the text the compiler keeps in memory (the generated file, and each string token's text and value) 2.5 times
    /// smaller, at a fifth more bytes in the assembly's metadata (3 UTF-8 bytes per 15 bits, against 4 per 24).
    /// </summary>
    internal static class FactTableText
    {
        /// <summary>The character for the value 0.</summary>
        public const char First = '\u4E00';

        private const int Bits = 15;
        private const uint Mask = (1u << Bits) - 1;

        /// <summary>How many characters hold <paramref name="byteCount"/> bytes.</summary>
        public static int CharsFor(int byteCount) => (int)(((long)byteCount * 8 + Bits - 1) / Bits);

        /// <summary>Writes <paramref name="count"/> bytes from <paramref name="start"/> as <see cref="CharsFor"/> characters at <paramref name="at"/>.</summary>
        [MethodImpl((MethodImplOptions)512)] // AggressiveOptimization (HotPath.Optimized), which netstandard2.0 does not name
        public static void Encode(byte[] bytes, int start, int count, char[] chars, int at)
        {
            uint pending = 0;
            var bits = 0;
            for (var i = start; i < start + count; i++)
            {
                pending |= (uint)bytes[i] << bits;
                bits += 8;
                if (bits < Bits) continue;
                chars[at++] = (char)(First + (pending & Mask));
                pending >>= Bits;
                bits -= Bits;
            }
            if (bits > 0) chars[at] = (char)(First + pending);
        }

        /// <summary>
        /// The <paramref name="byteCount"/> bytes <paramref name="text"/> holds; null when it is not what <see cref="Encode"/>
        /// writes for that many bytes (a wrong length, a character out of range, or bits set past the last byte).
        /// </summary>
        public static byte[]? Decode(string text, int byteCount)
        {
            if (byteCount < 0 || text.Length != CharsFor(byteCount)) return null;
            var bytes = new byte[byteCount];
            uint pending = 0;
            var bits = 0;
            var written = 0;
            foreach (var c in text)
            {
                var value = (uint)(c - First);
                if (value > Mask) return null;
                pending |= value << bits;
                bits += Bits;
                for (; bits >= 8 && written < byteCount; bits -= 8, pending >>= 8) bytes[written++] = (byte)pending;
            }
            return pending == 0 ? bytes : null;
        }
    }
}
