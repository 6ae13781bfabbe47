using System.Collections.Immutable;
using System.Linq;
using Curata.Knowledge.Generators.Analyzers;
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
}
