using System;
using System.Collections.Immutable;
using System.Linq;
using Curata.Knowledge.Generators.Analyzers;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// KB severities set in .editorconfig apply to knowledge files (the compiler itself applies .editorconfig to C# files only;
/// the package hands the .editorconfig files to the analyzer, as these tests do).
/// </summary>
public class EditorConfigSeverityTests
{
    private const string Unsourced = """
        {
          "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ],
          "actors": [ { "id": "a", "kind": "state", "name": "A", "sources": [ { "source": "paper" } ] }, { "id": "b", "kind": "state", "name": "B", "sources": [ { "source": "paper" } ] } ],
          "relations": [ { "id": "r", "subject": "a", "predicate": "p", "object": "b" } ],
          "predicates": [ { "id": "p", "name": "p" } ]
        }
        """;

    private static Diagnostic[] Kb0501(params (string Path, string Text)[] editorConfigs)
    {
        var run = KnowledgeHarness.Run(editorConfigs.Prepend(("/repo/app/knowledge/facts.json", Unsourced)));
        return run.AnalyzerDiagnostics.Where(d => d.Id == "KB0501").ToArray();
    }

    [Fact]
    public void Without_configuration_the_default_severity_holds() =>
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Kb0501()).Severity);

    [Fact]
    public void A_star_section_raises_the_severity() =>
        Assert.Equal(DiagnosticSeverity.Error,
            Assert.Single(Kb0501(("/repo/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.KB0501.severity = error\n"))).Severity);

    [Fact]
    public void None_suppresses_and_a_json_glob_matches() =>
        Assert.Empty(Kb0501(("/repo/.editorconfig", "[*.{json,cs}]\ndotnet_diagnostic.KB0501.severity = none\n")));

    [Fact]
    public void The_nearer_file_and_the_later_section_win()
    {
        var diagnostics = Kb0501(
            ("/repo/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.KB0501.severity = none\n"),
            ("/repo/app/.editorconfig", "[*]\ndotnet_diagnostic.KB0501.severity = error\n[knowledge/**.json]\ndotnet_diagnostic.KB0501.severity = suggestion\n"));

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public void A_root_file_stops_the_search_and_other_folders_do_not_apply()
    {
        var diagnostics = Kb0501(
            ("/.editorconfig", "[*]\ndotnet_diagnostic.KB0501.severity = none\n"),
            ("/repo/app/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.KB0501.severity = none\n"),
            ("/other/.editorconfig", "[*]\ndotnet_diagnostic.KB0501.severity = none\n"));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics).Severity);
    }

    // Any .editorconfig text: the analyzer neither throws (AD0001 would take every knowledge diagnostic with it) nor stalls.
    private static RobustRun Guarded(string facts, params (string Path, string Text)[] editorConfigs) =>
        RobustHarness.RunWithin(TimeSpan.FromSeconds(30), "editorconfig",
            () => editorConfigs.Select(c => RobustHarness.Text(c.Path, c.Text)).Prepend(RobustHarness.Text(facts, Unsourced)));

    [Fact]
    public void A_key_without_a_rule_id_is_a_located_warning_and_the_other_entries_still_apply()
    {
        var run = Guarded("/repo/app/knowledge/facts.json",
            ("/repo/.editorconfig", "root = true\n[*]\ndotnet_diagnostic.severity = warning\ndotnet_diagnostic.KB0501.severity = error\n"));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(run.KnowledgeDiagnostics, d => d.Id == "KB0501").Severity);
        DiagnosticAssert.Single(run.KnowledgeDiagnostics, "KB0903", "/repo/.editorconfig", 3, 1,
            "The .editorconfig entry 'dotnet_diagnostic.severity' is ignored: the key names no rule; write dotnet_diagnostic.<rule id>.severity, for example dotnet_diagnostic.KB0501.severity",
            DiagnosticSeverity.Warning);
    }

    [Fact]
    public void An_unknown_severity_is_a_located_warning_and_the_rule_keeps_its_default()
    {
        var run = Guarded("/repo/app/knowledge/facts.json",
            ("/repo/.editorconfig", "root = true\r\n\r\n[*.json]\r\n  dotnet_diagnostic.KB0501.severity = LOUD\r\n"));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(run.KnowledgeDiagnostics, d => d.Id == "KB0501").Severity);
        DiagnosticAssert.Single(run.KnowledgeDiagnostics, "KB0903", "/repo/.editorconfig", 4, 3,
            "The .editorconfig entry 'dotnet_diagnostic.KB0501.severity' is ignored: 'LOUD' is not a severity; use error, warning, suggestion, silent, none or default",
            DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_character_class_with_an_escaped_hyphen_is_a_class_of_three_characters()
    {
        // '[a\-Z]' is 'a', '-' or 'Z' (a regular expression built from it is the reversed range '\'..'Z', which throws).
        var notMatching = Guarded("/repo/app/knowledge/facts.json",
            ("/repo/.editorconfig", "root = true\n[*[a\\-Z].json]\ndotnet_diagnostic.KB0501.severity = none\n"));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(notMatching.KnowledgeDiagnostics, d => d.Id == "KB0501").Severity);

        var matching = Guarded("/repo/app/knowledge/facts-.json",
            ("/repo/.editorconfig", "root = true\n[*[a\\-Z].json]\ndotnet_diagnostic.KB0501.severity = error\n"));
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(matching.KnowledgeDiagnostics, d => d.Id == "KB0501").Severity);
    }

    [Fact]
    public void A_glob_that_would_backtrack_is_matched_in_time_and_the_knowledge_diagnostics_remain()
    {
        var name = new string('a', 40);
        var run = Guarded($"/repo/app/knowledge/{name}.json",
            ("/repo/.editorconfig", "root = true\n[*a*a*a*a*a*a*a*a*a*a*a*a*b.json{]\ndotnet_diagnostic.KB0501.severity = none\n"));

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(run.KnowledgeDiagnostics, d => d.Id == "KB0501").Severity);
    }

    [Fact]
    public void Deeply_nested_and_unclosed_constructs_neither_throw_nor_stall()
    {
        var headers = new[]
        {
            new string('{', 50_000) + "*" + new string('}', 50_000), new string('[', 10_000), "{" + string.Join(",", Enumerable.Repeat("*a", 5_000)),
            "{1..}", "{..2}", "{-..-}", "{99999999999..1}", "[]", "[!]", "[", "]", "\\", "{", "}", ",", "[z-a].json",
        };
        var text = "root = true\n" + string.Concat(headers.Select(h => $"[{h}]\ndotnet_diagnostic.KB0501.severity = error\n"));

        var run = Guarded("/repo/app/knowledge/facts.json", ("/repo/.editorconfig", text));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(run.KnowledgeDiagnostics, d => d.Id == "KB0501").Severity);
    }

    [Theory]
    [InlineData("*.json", "facts.json", true)]
    [InlineData("*.json", "dir/facts.json", false)]
    [InlineData("**.json", "dir/sub/facts.json", true)]
    [InlineData("knowledge/**/*.json", "knowledge/a/b/facts.json", true)]
    [InlineData("?acts.json", "facts.json", true)]
    [InlineData("?acts.json", "/acts.json", false)]
    [InlineData("[ef]acts.json", "facts.json", true)]
    [InlineData("[!f]acts.json", "facts.json", false)]
    [InlineData("[!f]acts.json", "pacts.json", true)]
    [InlineData("[a-z]acts.json", "facts.json", true)]
    [InlineData("[A-Z]acts.json", "facts.json", false)]
    [InlineData("*.{json,txt}", "notes.txt", true)]
    [InlineData("*.{json,txt}", "notes.cs", false)]
    [InlineData("{a,{b,c}x}.json", "cx.json", true)]
    [InlineData("{a,{b,c}x}.json", "c.json", false)]
    [InlineData("file{1..3}.json", "file2.json", true)]
    [InlineData("file{1..3}.json", "file4.json", false)]
    [InlineData("file{-3..-1}.json", "file-2.json", true)]
    [InlineData("file{1..3}.json", "file.json", false)]
    [InlineData("a{b.json", "a{b.json", true)]
    [InlineData("a}b,c.json", "a}b,c.json", true)]
    [InlineData("[ab.json", "[ab.json", true)]
    [InlineData("\\*.json", "*.json", true)]
    [InlineData("\\*.json", "x.json", false)]
    public void Globs_match_as_in_editorconfig(string glob, string path, bool matches) =>
        Assert.Equal(matches, EditorConfigGlob.Compile(glob).IsMatch(path));
}
