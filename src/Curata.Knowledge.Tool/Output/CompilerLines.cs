using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Tool.Output
{
    /// <summary>Diagnostics as the compiler prints them: <c>path(line,col): error KB0001: message</c>, one per line.</summary>
    internal static class CompilerLines
    {
        public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics) writer.WriteLine(Format(diagnostic));
        }

        /// <summary>The line the compiler writes for <paramref name="diagnostic"/> (messages are already escaped to one line).</summary>
        public static string Format(Diagnostic diagnostic) => diagnostic.ToString();
    }
}
