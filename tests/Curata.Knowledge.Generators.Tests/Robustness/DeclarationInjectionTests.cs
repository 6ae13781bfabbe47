using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// Hostile strings in declarations: kind names and descriptions, property descriptions, quantity units, identifier scheme
/// names, urls and patterns, vocabulary term names and descriptions. The build never throws, the generated code compiles with
/// no diagnostic, no string from the data reaches the code outside a string literal or an escaped XML doc, and values read
/// back exactly. Enum values that are not ids are rejected (KB0803); a pattern that backtracks catastrophically is bounded by
/// the regex timeout and reported (KB0804), not left to hang the build.
/// </summary>
public class DeclarationInjectionTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>The injection corpus, plus very long hostile text (75,000 characters: the format allows 100,000); each string carries a marker (zq…qz) to look for in the code.</summary>
    private static readonly string[] Corpus = InjectionTests.Corpus
        .Append(string.Concat(Enumerable.Repeat("\"*/\u2028</summary>#if X\\u0022", 3000)))
        .Append("\u2028\u2029\\u2028 \\\" \\\\\"")
        .Append("<see cref=\"System.Environment.Exit\"/>")
        .Select((s, i) => s + " zq" + i + "qz").ToArray();

    private static string J(string s) => InjectionTests.Json(s);

    [Fact]
    public void Hostile_text_in_declarations_stays_data()
    {
        var n = Corpus.Length;
        string C(int i) => Corpus[i % n];
        var kinds = new StringBuilder();
        var facts = new List<string>();
        var schemes = new StringBuilder();
        var terms = new StringBuilder();
        var places = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            // The pattern accepts digits or the hostile string itself, escaped as a regular expression.
            schemes.Append($"{(i == 0 ? "" : ",\n")}{{ \"id\": \"scheme-{i}\", \"name\": {J(C(i))}, \"url\": {J("https://example.org/{id}?" + C(i + 1))}, " +
                $"\"pattern\": {J("^(?:[0-9]+|" + Regex.Escape(C(i + 2)) + ")$")}, \"description\": {J(C(i + 3))} }}");
            kinds.Append($"{(i == 0 ? "" : ",\n")}{{ \"id\": \"thing{i}\", \"plural\": \"thing{i}s\", \"name\": {J(C(i))}, \"description\": {J(C(i + 1))}, \"properties\": [" +
                $"{{ \"id\": \"note\", \"type\": \"text\", \"description\": {J(C(i + 2))} }}," +
                $"{{ \"id\": \"mode\", \"type\": \"enum\", \"values\": [\"alpha\", \"beta-gamma\"], \"description\": {J(C(i + 3))} }}," +
                $"{{ \"id\": \"amount\", \"type\": \"quantity\", \"unit\": {J(C(i + 4))}, \"description\": {J(C(i + 5))} }}," +
                $"{{ \"id\": \"code\", \"type\": \"identifier\", \"scheme\": \"scheme-{i}\", \"many\": true, \"description\": {J(C(i + 6))} }}," +
                $"{{ \"id\": \"zone\", \"type\": \"term\", \"vocabulary\": \"placeKinds\", \"description\": {J(C(i + 7))} }} ] }}");
            facts.Add($"{{ \"id\": \"fact-{i}\", \"note\": {J(C(i))}, \"mode\": \"beta-gamma\", \"amount\": 2.5, " +
                $"\"code\": [\"{i}\", {J(C(i + 2))}], \"zone\": \"zone-{i}\", \"ids\": {{ \"scheme-{i}\": {J(C(i + 2))} }}, \"sources\": [{{ \"source\": \"src\" }}] }}");
            terms.Append($"{(i == 0 ? "" : ",\n")}{{ \"id\": \"zone-{i}\", \"name\": {J(C(i))}, \"description\": {J(C(i + 1))} }}");
            places.Append($"{(i == 0 ? "" : ",\n")}{{ \"id\": \"place-{i}\", \"name\": {J(C(i + 3))}, \"kind\": \"zone-{i}\", \"sources\": [{{ \"source\": \"src\" }}] }}");
        }
        var declarations = $"{{ \"identifierSchemes\": [{schemes}],\n \"kinds\": [{kinds}],\n \"placeKinds\": [{terms}] }}";
        var text = $"{{ \"sources\": [{{ \"id\": \"src\", \"kind\": \"report\", \"title\": \"S\" }}],\n \"places\": [{places}] }}";
        var data = string.Join(",\n", Enumerable.Range(0, n).Select(i => $"\"thing{i}s\": [{facts[i]}]"));
        var files = new[] { ("/k/declarations.json", declarations), ("/k/facts.json", text), ("/k/things.json", "{ " + data + " }") };

        var run = RobustHarness.RunWithin(Bound, "hostile declarations", () => files.Select(f => RobustHarness.Text(f.Item1, f.Item2)));
        Assert.True(!run.Problems.Any(), string.Join("\n", run.Problems.Select(d => d.GetMessage()[..Math.Min(200, d.GetMessage().Length)])));
        AssertStaysData(run, "hostile declarations");
        var assembly = RobustHarness.Load(run);
        var g = RobustHarness.Graph(assembly);
        for (var i = 0; i < n; i++)
        {
            var fact = g.Find($"fact-{i}")!;
            Assert.Equal(C(i), fact.GetValue("note"));
            Assert.Equal("beta-gamma", fact.GetValue("mode"));
            var amount = (Quantity)fact.GetValue("amount")!;
            Assert.Equal(2.5m, amount.Amount);
            Assert.Equal(C(i + 4), amount.Unit);
            Assert.Equal(new object[] { $"{i}", C(i + 2) }, (IEnumerable<object>)fact.GetValue("code")!);
            var zone = (Term)fact.GetValue("zone")!;
            Assert.Equal(C(i), zone.Name);
            Assert.Equal(C(i + 1), zone.Description);
            var external = fact.ExternalIds.Single();
            Assert.Equal(C(i + 2), external.Value);
            Assert.Equal(C(i), external.Scheme.Name);
            Assert.Equal("https://example.org/{id}?" + C(i + 1), external.Scheme.UrlTemplate);
            Assert.Equal(C(i + 3), ((Place)g.Find($"place-{i}")!).Name);
            // The typed members read the same values.
            var type = assembly.GetType($"UserProject.Thing{i}", throwOnError: true)!;
            Assert.Equal(C(i), type.GetProperty("Note")!.GetValue(fact));
            Assert.Equal("BetaGamma", type.GetProperty("Mode")!.GetValue(fact)!.ToString());
        }
        output.WriteLine($"{n} hostile strings; the run took {run.Elapsed.TotalMilliseconds:0} ms");
    }

    /// <summary>
    /// Compiles cleanly (documentation diagnostics on, so badly formed XML docs fail), only the generator's own directive and
    /// comments occur, and no marker of the data occurs in any token but a string literal or in any trivia but a doc comment.
    /// </summary>
    private static void AssertStaysData(RobustRun run, string name)
    {
        RobustHarness.AssertCompiles(run, name);
        foreach (var (hint, source) in run.Sources)
        {
            var tree = CSharpSyntaxTree.ParseText(source, RobustHarness.ParseOptions);
            Assert.Empty(tree.GetDiagnostics().Select(d => d.ToString()));
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.Utf8StringLiteralToken))
                    Assert.False(token.Text.Contains("zq", StringComparison.Ordinal), $"{name}: {hint} has data in the token {token.Text}");
                foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
                {
                    if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)) continue;
                    Assert.False(trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsDirective && !trivia.IsKind(SyntaxKind.NullableDirectiveTrivia),
                        $"{name}: {hint} has {trivia.Kind()}: {trivia}");
                    Assert.False(trivia.ToFullString().Contains("zq", StringComparison.Ordinal), $"{name}: {hint} has data in {trivia.Kind()}: {trivia}");
                }
            }
            // Inside doc comments the data is escaped XML: no element the generator did not write.
            foreach (var element in tree.GetRoot().DescendantNodes(descendIntoTrivia: true).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.XmlElementStartTagSyntax>())
                Assert.Contains(element.Name.ToString(), new[] { "summary", "remarks", "c", "exception", "see", "paramref", "param", "returns", "para", "typeparam" });
            foreach (var element in tree.GetRoot().DescendantNodes(descendIntoTrivia: true).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.XmlEmptyElementSyntax>())
                Assert.DoesNotContain("zq", element.ToFullString(), StringComparison.Ordinal);
        }
    }

    public static readonly string[] InvalidEnumValues =
        ["Upper", "a b", "a\"b", "*/", "1st", "-a", "a-", "a--b", "a_b", "</summary>", "\u2028", "", "é", "a\nb", new string('a', 300)];

    [Fact]
    public void Enum_values_that_are_not_ids_are_rejected_and_the_rest_compiles()
    {
        foreach (var value in InvalidEnumValues)
        {
            var name = "enum value " + ApiComparer.Show(value);
            var text = $$"""
                { "kinds": [ { "id": "gadget", "plural": "gadgets", "properties": [
                    { "id": "label", "type": "text" },
                    { "id": "state", "type": "enum", "values": ["on", {{J(value)}}] } ] } ],
                  "sources": [ { "id": "src", "kind": "report", "title": "S" } ],
                  "gadgets": [ { "id": "g-1", "label": "L", "sources": [ { "source": "src" } ] } ] }
                """;
            var run = RobustHarness.RunWithin(Bound, name, () => [RobustHarness.Text("/k/enum.json", text)]);
            var problems = run.Problems.ToArray();
            Assert.True(problems.Length == 1 && problems[0].Id == "KB0803", $"{name}: {string.Join("; ", problems.Select(d => d.ToString()))}");
            var span = problems[0].Location.SourceSpan;
            Assert.Equal("\"state\"", text.Substring(span.Start, span.Length));
            AssertStaysData(run, name);
            var assembly = RobustHarness.Load(run);
            var g = RobustHarness.Graph(assembly);
            Assert.Equal("L", g.Find("g-1")!.GetValue("label"));
            Assert.Null(assembly.GetType("UserProject.GadgetState"));
        }
    }

    [Fact]
    public void A_catastrophically_backtracking_pattern_is_bounded_and_reported()
    {
        var evil = new string('a', 28) + "!";
        var text = $$"""
            { "identifierSchemes": [ { "id": "evil", "name": "Evil", "pattern": "^(a+)+$" } ],
              "kinds": [ { "id": "gadget", "plural": "gadgets", "properties": [ { "id": "code", "type": "identifier", "scheme": "evil" } ] } ],
              "sources": [ { "id": "src", "kind": "report", "title": "S" } ],
              "gadgets": [
                { "id": "g-1", "code": "{{evil}}", "sources": [ { "source": "src" } ] },
                { "id": "g-2", "code": "aaaa", "ids": { "evil": "{{evil}}" }, "sources": [ { "source": "src" } ] } ] }
            """;
        var run = RobustHarness.RunWithin(Bound, "catastrophic pattern", () => [RobustHarness.Text("/k/evil.json", text)]);
        var problems = run.Problems.ToArray();
        Assert.True(problems.Length == 2 && problems.All(d => d.Id == "KB0804"), string.Join("; ", problems.Select(d => d.ToString())));
        foreach (var d in problems) Assert.Equal($"\"{evil}\"", text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
        AssertStaysData(run, "catastrophic pattern");
        var g = RobustHarness.Graph(RobustHarness.Load(run));
        Assert.Null(g.Find("g-1")!.GetValue("code"));
        Assert.Equal("aaaa", g.Find("g-2")!.GetValue("code"));
        Assert.Empty(g.Find("g-2")!.ExternalIds);
        output.WriteLine($"bounded in {run.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void An_invalid_pattern_or_a_url_without_its_slot_is_reported_not_thrown()
    {
        foreach (var (scheme, reason) in new[]
        {
            ("\"pattern\": \"(\"", "not a valid regular expression"),
            ("\"pattern\": \"[z-a]\"", "not a valid regular expression"),
            ("\"pattern\": \"(?<\\\"*/>x)\"", "not a valid regular expression"),
            ("\"url\": \"https://example.org/\\\"*/\"", "{id}"),
        })
        {
            var text = $$"""{ "identifierSchemes": [ { "id": "bad", "name": "Bad", {{scheme}} } ] }""";
            var run = RobustHarness.RunWithin(Bound, scheme, () => [RobustHarness.Text("/k/bad.json", text)]);
            var problems = run.Problems.ToArray();
            Assert.True(problems.Length == 1 && problems[0].Id == "KB0803" && problems[0].GetMessage().Contains(reason, StringComparison.Ordinal),
                $"{scheme}: {string.Join("; ", problems.Select(d => d.ToString()))}");
            AssertStaysData(run, scheme);
        }
    }

    // Found by these tests: both compiled to C# that does not build (CS0542, CS0101) with no diagnostic on the declaration.
    [Theory]
    [InlineData("""{ "kinds": [ { "id": "vessel", "plural": "vessels", "properties": [ { "id": "vessel", "type": "text" } ] } ] }""", "the name of its kind's type")]
    [InlineData("""{ "kinds": [ { "id": "vessel", "plural": "vessels", "properties": [ { "id": "hull", "type": "enum", "values": ["steel"] } ] }, { "id": "vessel-hull", "plural": "vesselHulls" } ] }""", "'VesselHull'")]
    [InlineData("""{ "kinds": [ { "id": "vessel", "plural": "vessels", "properties": [ { "id": "hullType", "type": "enum", "values": ["steel"] } ] }, { "id": "vessel-hull", "plural": "hulls", "properties": [ { "id": "type", "type": "enum", "values": ["wood"] } ] } ] }""", "'VesselHullType'")]
    public void A_property_whose_CSharp_name_is_taken_by_a_type_is_rejected_and_the_code_compiles(string text, string reason)
    {
        var run = RobustHarness.RunWithin(Bound, reason, () => [RobustHarness.Text("/k/names.json", text)]);
        var problems = run.Problems.ToArray();
        Assert.True(problems.Length == 1 && problems[0].Id == "KB0803" && problems[0].GetMessage().Contains(reason, StringComparison.Ordinal),
            string.Join("; ", problems.Select(d => d.ToString())));
        AssertStaysData(run, reason);
    }
}
