using System.IO;

namespace Curata.Knowledge.Generators.Emit
{
    internal static class MemoryStreams
    {
        /// <summary>
        /// What was written, as an array: the stream's own buffer when it was created with exactly that capacity (the fact
        /// table's whole size, which at a million facts is hundreds of megabytes not worth copying), else a copy.
        /// </summary>
        public static byte[] Contents(this MemoryStream stream)
        {
            var buffer = stream.GetBuffer();
            return buffer.Length == stream.Length ? buffer : stream.ToArray();
        }
    }
}
