using System;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge.PackageTests.Support;

/// <summary>Reading compiler-style diagnostics out of <c>dotnet build</c> output.</summary>
internal static class Diagnostics
{
    /// <summary>
    /// Each distinct error line, in ordinal order (the console logger repeats them in its summary), cut before the help link and the project
    /// suffix: <c>/tmp/…/knowledge/broken.json(6,55): error KB0001: Malformed JSON: …</c>.
    /// </summary>
    public static IReadOnlyList<string> Errors(CommandResult build) => Find(build, "error");

    /// <summary>Each distinct warning line, like <see cref="Errors"/>.</summary>
    public static IReadOnlyList<string> Warnings(CommandResult build) => Find(build, "warning");

    private static IReadOnlyList<string> Find(CommandResult build, string severity) => build.Lines
        .Where(line => line.Contains($": {severity} ", StringComparison.Ordinal))
        .Select(Trim)
        .Distinct(StringComparer.Ordinal)
        .OrderBy(line => line, StringComparer.Ordinal)
        .ToArray();

    private static string Trim(string line)
    {
        line = line.Trim();
        var project = line.LastIndexOf(" [", StringComparison.Ordinal);
        if (project > 0 && line.EndsWith(']')) line = line[..project];
        var help = line.LastIndexOf(" (https://", StringComparison.Ordinal);
        if (help > 0 && line.EndsWith(')')) line = line[..help];
        return line;
    }
}
