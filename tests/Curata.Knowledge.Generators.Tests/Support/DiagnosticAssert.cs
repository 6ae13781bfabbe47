using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Tests.Support;

internal static class DiagnosticAssert
{
    /// <summary>
    /// Asserts that exactly one diagnostic with <paramref name="id"/> was reported, at the one-based line and column the compiler
    /// would print, with the given severity and message, and returns it.
    /// </summary>
    public static Diagnostic Single(IEnumerable<Diagnostic> diagnostics, string id, string path, int line, int column, string message,
        DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToArray();
        Assert.True(matching.Length == 1, $"Expected one {id}, got: {string.Join("; ", diagnostics.Select(d => d.ToString()))}");
        var diagnostic = matching[0];
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        return diagnostic;
    }
}
