using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Tests.Recovery;

/// <summary>
/// A syntax error costs at most the fact it is in: one located KB0001 per damage site, the damaged fact dropped (and its id
/// not reported again where other files name it), and every other fact of the file compiled and reachable from C#.
/// </summary>
public class SyntaxRecoveryTests
{
    private const int Count = 300;
    private const int Damaged = 150;

    private const string Source = """{ "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ] }""";

    /// <summary>How the 300 actors are laid out: one property a line (as editors format), or one fact a line.</summary>
    public enum Layout { Pretty, FactPerLine }

    public enum Damage { MissingComma, StrayQuote, UnclosedString, Truncated }

    private static string Id(int i) => $"actor-{i:D3}";

    private static string Member(int i) => $"Actor{i:D3}";

    private static string Actors(Layout layout)
    {
        var text = new StringBuilder("{\n  \"actors\": [\n");
        for (var i = 0; i < Count; i++)
        {
            var properties = new[]
            {
                $"\"id\": \"{Id(i)}\"", "\"kind\": \"person\"", $"\"name\": \"Person {i}\"", "\"sources\": [ { \"source\": \"paper\" } ]",
            };
            text.Append(layout == Layout.Pretty
                ? "    {\n      " + string.Join(",\n      ", properties) + "\n    }"
                : "    { " + string.Join(", ", properties) + " }");
            text.Append(i < Count - 1 ? ",\n" : "\n");
        }
        return text.Append("  ]\n}\n").ToString();
    }

    // Statements in another file naming actors before, at and after the damage.
    private static string Statements(params int[] speakers) =>
        "{ \"statements\": [\n" + string.Join(",\n", speakers.Distinct().Select(i =>
            $"  {{ \"id\": \"said-{i}\", \"speaker\": \"{Id(i)}\", \"mode\": \"paraphrase\", \"text\": \"Something.\", \"sources\": [ {{ \"source\": \"paper\" }} ] }}"))
        + "\n] }\n";

    private static (string Text, int Line) Break(string actors, Damage damage)
    {
        var name = $"\"name\": \"Person {Damaged}\"";
        var at = actors.IndexOf(name, StringComparison.Ordinal);
        var broken = damage switch
        {
            Damage.MissingComma => actors.Remove(actors.LastIndexOf(',', at), 1),
            Damage.StrayQuote => actors.Insert(at + name.Length - 4, "\""),
            Damage.UnclosedString => actors.Remove(at + name.Length - 1, 1),
            Damage.Truncated => actors.Substring(0, at + name.Length),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };
        return (broken, actors.Take(at).Count(c => c == '\n') + 1);
    }

    [Theory]
    [InlineData(Layout.Pretty, Damage.MissingComma)]
    [InlineData(Layout.Pretty, Damage.StrayQuote)]
    [InlineData(Layout.Pretty, Damage.UnclosedString)]
    [InlineData(Layout.Pretty, Damage.Truncated)]
    [InlineData(Layout.FactPerLine, Damage.MissingComma)]
    [InlineData(Layout.FactPerLine, Damage.StrayQuote)]
    [InlineData(Layout.FactPerLine, Damage.UnclosedString)]
    [InlineData(Layout.FactPerLine, Damage.Truncated)]
    public void One_error_costs_only_the_fact_it_is_in(Layout layout, Damage damage)
    {
        var (actors, line) = Break(Actors(layout), damage);
        // A truncated file has nothing after the damage: C# names the last fact before it, other files only what is left.
        var last = damage == Damage.Truncated ? Damaged - 1 : Count - 1;
        var after = damage == Damage.Truncated ? Damaged - 1 : Damaged + 1;
        var userCode = $$"""
            namespace UserCode
            {
                public static class Program
                {
                    public static string[] Names() => new[] { UserProject.Actors.{{Member(0)}}.Name, UserProject.Actors.{{Member(after)}}.Name, UserProject.Actors.{{Member(last)}}.Name };
                }
            }
            """;

        var run = KnowledgeHarness.Run(
            [("/k/actors.json", actors), ("/k/source.json", Source), ("/k/statements.json", Statements(0, Damaged - 1, Damaged, after, last))],
            userCode: userCode);

        var error = Assert.Single(run.KnowledgeDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("KB0001", error.Id);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/k/actors.json", span.Path);
        // The error is reported on the damaged fact's line, or (for a missing comma) where the comma was expected, the next line.
        Assert.InRange(span.StartLinePosition.Line + 1, line - (layout == Layout.Pretty ? 1 : 0), line + 1);
        Assert.Empty(run.CompileDiagnostics);

        var generated = run.Sources["Actors.g.cs"];
        Assert.DoesNotContain($"Actor {Member(Damaged)} ", generated);
        var expected = damage == Damage.Truncated ? Damaged : Count - 1;
        Assert.Equal(expected, Enumerable.Range(0, Count).Count(i => generated.Contains($"Actor {Member(i)} ", StringComparison.Ordinal)));
        // The statement naming the damaged actor goes with it, unreported; the others stay.
        Assert.DoesNotContain($"Said{Damaged} ", run.Sources["Statements.g.cs"]);
        Assert.Contains($"Said{after} ", run.Sources["Statements.g.cs"]);
    }

    [Fact]
    public void A_missing_comma_between_facts_loses_no_fact()
    {
        var actors = Actors(Layout.Pretty);
        var between = actors.IndexOf($"    {{\n      \"id\": \"{Id(Damaged)}\"", StringComparison.Ordinal);
        actors = actors.Remove(actors.LastIndexOf(',', between), 1);

        var run = KnowledgeHarness.Run([("/k/actors.json", actors), ("/k/source.json", Source)]);

        var error = Assert.Single(run.KnowledgeDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("KB0001", error.Id);
        Assert.Contains("expected ',' or ']'", error.GetMessage());
        Assert.Equal(Count, Enumerable.Range(0, Count).Count(i => run.Sources["Actors.g.cs"].Contains($"Actor {Member(i)} ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Separate_damage_sites_are_reported_separately()
    {
        var actors = Actors(Layout.FactPerLine);
        foreach (var i in new[] { 50, 150, 250 }) actors = actors.Replace($"\"name\": \"Person {i}\"", $"\"name\": \"Person {i}");

        var run = KnowledgeHarness.Run([("/k/actors.json", actors), ("/k/source.json", Source)]);

        var errors = run.KnowledgeDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.Equal(["KB0001", "KB0001", "KB0001"], errors.Select(e => e.Id));
        Assert.Equal([53, 153, 253], errors.Select(e => e.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Equal(Count - 3, Enumerable.Range(0, Count).Count(i => run.Sources["Actors.g.cs"].Contains($"Actor {Member(i)} ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Malformed_json_is_the_first_diagnostic_of_the_build()
    {
        // The unknown speaker sorts first by path and position; the syntax error, the root cause of a build's trouble, goes first.
        var files = new[]
        {
            ("/k/a.json", Statements(7)),
            ("/k/source.json", Source),
            ("/k/z.json", """{ "actors": [ { "id": "x", "kind": "person" "name": "X" } ] }"""),
        }.Select(f => Parsing.KnowledgeFileReader.Read(f.Item1, Microsoft.CodeAnalysis.Text.SourceText.From(f.Item2), default)).ToImmutableArray();

        var spec = Checks.KnowledgeBaseChecker.Check(files, ImmutableArray<Model.SourceTextSpec>.Empty, default);

        Assert.Equal("KB0001", spec.Diagnostics[0].Id);
        Assert.Contains(spec.Diagnostics, d => d.Id == "KB0201");
    }
}
