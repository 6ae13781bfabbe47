using System;
using System.Linq;
using System.Text.RegularExpressions;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// Data quoted in a diagnostic message cannot forge build-log lines or restyle a terminal: line breaks and control
/// characters are shown escaped, and long values are shortened, whichever rule reports them.
/// </summary>
public class MessageSafetyTests
{
    // A JSON file whose invalid id, if printed verbatim, would add a second, forged error line to the build log.
    private const string Forging = """
        {
          "sources": [ { "id": "x\n/etc/passwd(1,1): error KB0666: FORGED", "kind": "report", "title": "T" } ],
          "actors": [ { "id": "a", "kind": "state", "name": "A", "na\rme": 1, "sources": [ { "source": "paper\u001B[31m\u2028\u0085" } ] } ]
        }
        """;

    private static readonly Regex LogLine = new(@"^(?<path>[^()]+)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning|info|hidden) (?<id>KB\d{4}): (?<message>.*)$");

    private static string Render(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage()}";
    }

    [Fact]
    public void Quoted_ids_and_property_names_are_escaped_and_a_build_log_has_one_line_per_diagnostic()
    {
        var run = KnowledgeHarness.Run([("/k/facts.json", Forging)]);
        var diagnostics = run.KnowledgeDiagnostics.ToArray();

        var invalidIds = diagnostics.Where(d => d.Id == "KB0005").Select(d => d.GetMessage()).ToArray();
        Assert.Contains(invalidIds, m => m.StartsWith(@"'x\n/etc/passwd(1,1): error KB0666: FORGED' is not a valid id", StringComparison.Ordinal));
        Assert.Contains(invalidIds, m => m.StartsWith(@"'paper\u001B[31m\u2028\u0085' is not a valid id", StringComparison.Ordinal));
        var property = Assert.Single(diagnostics, d => d.Id == "KB0004").GetMessage();
        Assert.Contains(@"'na\rme'", property);

        Assert.All(diagnostics, d => Assert.DoesNotMatch(@"[\r\n\u001B\u0085\u2028\u2029]", d.GetMessage()));
        var log = string.Join("\n", diagnostics.Select(Render));
        var lines = log.Split(["\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029"], StringSplitOptions.None);
        Assert.Equal(diagnostics.Length, lines.Length);
        Assert.All(lines, line => Assert.Matches(LogLine, line));
        Assert.DoesNotContain(lines, line => LogLine.Match(line).Groups["id"].Value == "KB0666");
    }

    [Fact]
    public void A_long_quoted_value_is_shortened_with_its_length_and_the_message_stays_one_line()
    {
        var id = "Bad " + new string('x', 5_000) + "\nerror KB0666: FORGED";
        var run = KnowledgeHarness.Run([("/k/facts.json", $$"""{ "sources": [ { "id": "{{id.Replace("\n", "\\n")}}", "kind": "report", "title": "T" } ] }""")]);

        var message = Assert.Single(run.KnowledgeDiagnostics, d => d.Id == "KB0005").GetMessage();
        var quoted = message.Substring(1, message.IndexOf("' is not", StringComparison.Ordinal) - 1);
        Assert.True(quoted.Length <= MessageArguments.QuotedLength, quoted);
        Assert.StartsWith("Bad xxx", quoted);
        Assert.EndsWith($"\u2026 ({id.Length} characters)", quoted);
        Assert.DoesNotContain("FORGED", message);
    }

    [Fact]
    public void A_constant_lookup_in_CSharp_is_escaped_too()
    {
        var run = KnowledgeHarness.Run([("/k/facts.json", """{ "sources": [ { "id": "paper", "kind": "report", "title": "T" } ] }""")],
            userCode: """
                namespace UserCode { public static class Program { public static object Main() => UserProject.Sources.Get("no\r\nProgram.cs(1,1): error CS0000: FORGED"); } }
                """);

        var message = Assert.Single(run.AnalyzerDiagnostics, d => d.Id == "KB0701").GetMessage();
        Assert.StartsWith(@"'no\r\nProgram.cs(1,1): error CS0000: FORGED' is not the id of any source", message);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\tb", @"a\tb")]
    [InlineData("\u001B[2J", @"\u001B[2J")]
    [InlineData("del\u007F c1\u009B", @"del\u007F c1\u009B")]
    [InlineData("ls\u2028ps\u2029nel\u0085", @"ls\u2028ps\u2029nel\u0085")]
    [InlineData("bidi\u202Eevil", @"bidi\u202Eevil")]
    [InlineData("astral \U0001D504 kept", "astral \U0001D504 kept")]
    [InlineData(@"C:\path\file.json", @"C:\path\file.json")]
    public void Escape_shows_control_characters_and_keeps_the_rest(string text, string expected) =>
        Assert.Equal(expected, MessageArguments.Escape(text));

    [Fact]
    public void Escape_shows_lone_surrogates() =>
        Assert.Equal(@"\uD800 lone \uDC00", MessageArguments.Escape("\ud800 lone \udc00"));

    [Fact]
    public void Making_an_argument_safe_twice_changes_nothing_more()
    {
        var once = MessageArguments.Safe("KB0005", 0, new string('\n', 500));
        Assert.True(once.Length <= MessageArguments.QuotedLength);
        Assert.EndsWith("\u2026 (500 characters)", once);
        Assert.Equal(once, MessageArguments.Safe("KB0005", 0, once));
    }
}
