using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Tool.Output
{
    /// <summary>
    /// Diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=KB0001::message</c>), which the
    /// Actions runner shows as annotations on the lines of a pull request.
    /// </summary>
    internal static class GitHubAnnotations
    {
        public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                var level = diagnostic.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "notice",
                };
                var span = diagnostic.Location.GetLineSpan();
                writer.WriteLine($"::{level} file={Property(span.Path)},line={span.StartLinePosition.Line + 1},col={span.StartLinePosition.Character + 1}," +
                    $"endLine={span.EndLinePosition.Line + 1},endColumn={span.EndLinePosition.Character + 1},title={Property(diagnostic.Id)}::{Data(diagnostic.GetMessage())}");
            }
        }

        // The runner's escaping: data escapes %, CR and LF; a property also escapes : and ,.
        private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

        private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
    }
}
