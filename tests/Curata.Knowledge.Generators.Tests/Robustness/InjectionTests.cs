using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// Data that looks like code: strings that would end a C# string, comment, XML doc or line if copied verbatim, directives,
/// raw-string delimiters, braces, unpaired surrogates, bidirectional overrides, Arabic; and ids that are C# keywords, start with
/// a digit, are empty, differ only in case or punctuation, or take a name the generated code already uses. Every value either
/// reads back exactly through the compiled API or gets a clear diagnostic where it was written, and the generated code always
/// compiles with no diagnostic at all, with exactly the members expected.
/// </summary>
public class InjectionTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>Each is written into every free-text field of the format.</summary>
    public static readonly string[] Corpus =
    [
        "plain",
        "",
        " ",
        "quote \" inside",
        "\"",
        "\"\"\"raw\"\"\"",
        "\"\"\"\"\"\"\"\"",
        "back\\slash\\",
        "\\",
        "\\u0022 not an escape",
        "\\\" both",
        "line\nbreak",
        "\r\n#error CRLF then directive",
        "\n#error injected\n",
        "#error at the start",
        "#if false",
        "\r",
        "tab\there",
        "\u2028line separator\u2029paragraph separator",
        "\u0085next line",
        "*/ end of comment",
        "/* open comment",
        "// line comment",
        "</summary><summary>",
        "</c>",
        "<![CDATA[ ]]>",
        "]]>",
        "& &amp; &lt; &#x41;",
        "<script>alert(1)</script>",
        "{ } {{ }} {0} {1:N}",
        "$\"{System.Environment.Exit(1)}\"",
        "\"; System.Environment.Exit(1); //",
        "\"u8",
        "\ud800 unpaired high",
        "unpaired low \udc00",
        "\udc00\ud800 reversed pair",
        "pair \ud83d\ude00 ok",
        "\u202E right-to-left override \u202C",
        "\u200F\u200E marks \u2066isolate\u2069",
        "هادي العامري",
        "\u0627\u0644\u062D\u0634\u062F \"\u0627\u0644\u0634\u0639\u0628\u064A\"",
        "\0nul",
        "\u007Fdel",
        "\uFEFFbom inside",
        "\uFFFFnonchar \uFFFE",
        "\uE000 private use",
        "zero\u200Bwidth\u200Djoiner",
        "x\u0301\u0301 combining",
        "\u00A0nbsp",
    ];

    private readonly SuiteStats _stats = new("injection");

    /// <summary>JSON string text: quotes, backslashes and controls escaped, and every surrogate written as \uXXXX so unpaired ones survive.</summary>
    // A quotation quotes words (KB0505): corpus entries with no letter or digit go into paraphrases.
    private static bool Quotable(string text) => Enumerable.Range(0, text.Length).Any(i => char.IsLetterOrDigit(text, i));

    public static string Json(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c == '"') builder.Append("\\\"");
            else if (c == '\\') builder.Append("\\\\");
            else if (c < ' ' || char.IsSurrogate(c)) builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }

    private RobustRun Run(string name, params (string Path, string Text)[] files)
    {
        var run = RobustHarness.RunWithin(Bound, name, () => files.Select(f => RobustHarness.Text(f.Path, f.Text)));
        _stats.Record(name, run.Elapsed);
        return run;
    }

    /// <summary>
    /// Compiles with no diagnostic at all, also under nullable analysis, and no directive other than the generator's own reaches
    /// the generated code.
    /// </summary>
    private static void AssertMeaningUnchanged(RobustRun run, string name)
    {
        RobustHarness.AssertCompiles(run, name);
        foreach (var (hint, source) in run.Sources)
        {
            var directives = source.Split('\n').Select(l => l.TrimStart()).Where(l => l.StartsWith('#')).Distinct().ToArray();
            Assert.True(directives.SequenceEqual(["#nullable enable annotations"]), $"{name}: {hint} has directives {string.Join(", ", directives)}");
        }
        var analysed = run.Run.FullyAnalysedDiagnostics.ToArray();
        Assert.True(analysed.Length == 0, $"{name}: with nullable analysis, {string.Join(Environment.NewLine, analysed.Take(5))}");
    }

    private static int TypedMembers(Assembly assembly, string className, Type type) =>
        assembly.GetType("UserProject." + className, throwOnError: true)!.GetProperties(BindingFlags.Public | BindingFlags.Static).Count(p => p.PropertyType == type);

    [Fact]
    public void Hostile_text_in_every_field_round_trips_exactly()
    {
        var n = Corpus.Length;
        var s = new StringBuilder();
        string J(int i) => Json(Corpus[i % n]);
        s.Append("{ \"sources\": [");
        s.AppendJoin(",\n", Enumerable.Range(0, n).Select(i =>
            $"{{ \"id\": \"src-{i}\", \"kind\": \"report\", \"title\": {J(i)}, \"publisher\": {J(i + 1)}, \"place\": {J(i + 2)}, \"contributors\": [{J(i)}, {J(i + 3)}], \"language\": {J(i + 4)}, \"notes\": {J(i + 5)} }}"));
        s.Append("],\n \"actors\": [");
        s.AppendJoin(",\n", Enumerable.Range(0, n).Select(i =>
            $"{{ \"id\": \"actor-{i}\", \"kind\": \"person\", \"name\": {J(i)}, \"aliases\": [{J(i + 1)}, {J(i + 2)}], \"description\": {J(i + 3)}, " +
            $"\"roles\": [ {{ \"kind\": \"holds-office\", \"title\": {J(i + 4)}, \"sources\": [ {{ \"source\": \"src-{i}\", \"note\": {J(i + 5)} }} ] }} ], " +
            $"\"sources\": [ {{ \"source\": \"src-{i}\", \"paragraph\": {i + 1}, \"note\": {J(i + 6)} }} ] }}"));
        s.Append("],\n \"statements\": [");
        s.AppendJoin(",\n", Enumerable.Range(0, n).Select(i =>
            $"{{ \"id\": \"statement-{i}\", \"speaker\": \"actor-{i}\", \"mode\": \"{(i % 2 == 0 && Quotable(Corpus[i % n]) ? "quotation" : "paraphrase")}\", \"text\": {J(i)}, \"sources\": [ {{ \"source\": \"src-{i}\", \"note\": {J(i + 1)} }} ] }}"));
        s.Append("],\n \"events\": [");
        s.AppendJoin(",\n", Enumerable.Range(0, n).Select(i =>
            $"{{ \"id\": \"event-{i}\", \"type\": \"type-{i}\", \"name\": {J(i)}, \"summary\": {J(i + 1)}, \"place\": {J(i + 2)}, " +
            $"\"participants\": [ {{ \"actor\": \"actor-{i}\", \"role\": \"role-{i}\" }} ], " +
            $"\"fatalities\": [ {{ \"count\": {{ \"best\": {i} }}, \"victims\": {J(i + 3)}, \"sources\": [ {{ \"source\": \"src-{i}\", \"note\": {J(i + 4)} }} ] }} ], " +
            $"\"sources\": [ {{ \"source\": \"src-{i}\" }} ] }}"));
        s.Append("],\n \"relations\": [");
        s.AppendJoin(",\n", Enumerable.Range(0, n).Select(i =>
            $"{{ \"id\": \"relation-{i}\", \"subject\": \"actor-{i}\", \"predicate\": \"predicate-{i}\", \"object\": \"actor-{(i + 1) % n}\", \"note\": {J(i)}, \"sources\": [ {{ \"source\": \"src-{i}\" }} ] }}"));
        s.Append("],\n \"eventTypes\": [");
        s.AppendJoin(",\n", Enumerable.Range(0, n).Select(i => $"{{ \"id\": \"type-{i}\", \"name\": {J(i)}, \"description\": {J(i + 1)} }}"));
        s.Append("],\n \"participantRoles\": [");
        s.AppendJoin(",\n", Enumerable.Range(0, n).Select(i => $"{{ \"id\": \"role-{i}\", \"name\": {J(i)}, \"description\": {J(i + 1)} }}"));
        s.Append("],\n \"predicates\": [");
        s.AppendJoin(",\n", Enumerable.Range(0, n).Select(i => $"{{ \"id\": \"predicate-{i}\", \"name\": {J(i)}, \"description\": {J(i + 1)} }}"));
        s.Append("] }");

        var run = Run("hostile text", ("/k/hostile.json", s.ToString()));
        Assert.Empty(run.Problems.Select(d => d.ToString()));
        AssertMeaningUnchanged(run, "hostile text");
        var assembly = RobustHarness.Load(run);
        var g = RobustHarness.Graph(assembly);

        string C(int i) => Corpus[i % n];
        void Same(string? want, string? got, string where) =>
            Assert.True(want == got, $"{where}: read back {ApiComparer.Show(got)}, wrote {ApiComparer.Show(want)}");
        for (var i = 0; i < n; i++)
        {
            var source = (Source)g.Find($"src-{i}")!;
            Same(C(i), source.Title, $"src-{i}.title");
            Same(C(i + 1), source.Publisher, $"src-{i}.publisher");
            Same(C(i + 2), source.Place, $"src-{i}.place");
            Assert.Equal([C(i), C(i + 3)], source.Contributors);
            Same(C(i + 4), source.Language, $"src-{i}.language");
            Same(C(i + 5), source.Notes, $"src-{i}.notes");

            var actor = (Actor)g.Find($"actor-{i}")!;
            Same(C(i), actor.Name, $"actor-{i}.name");
            Assert.Equal([C(i + 1), C(i + 2)], actor.Aliases);
            Same(C(i + 3), actor.Description, $"actor-{i}.description");
            Same(C(i + 4), actor.Roles.Single().Title, $"actor-{i}.roles[0].title");
            Same(C(i + 5), actor.Roles.Single().Citations.Single().Note, $"actor-{i}.roles[0].sources[0].note");
            Same(C(i + 6), actor.Citations.Single().Note, $"actor-{i}.sources[0].note");
            Assert.Equal(i + 1, actor.Citations.Single().Paragraph);

            var statement = (Statement)g.Find($"statement-{i}")!;
            Same(C(i), statement.Text, $"statement-{i}.text");
            Same(C(i + 1), statement.Citations.Single().Note, $"statement-{i}.sources[0].note");

            var e = (Event)g.Find($"event-{i}")!;
            Same(C(i), e.Name, $"event-{i}.name");
            Same(C(i + 1), e.Summary, $"event-{i}.summary");
            Same(C(i + 2), e.Place, $"event-{i}.place");
            Same(C(i + 3), e.Fatalities.Single().Victims, $"event-{i}.fatalities[0].victims");
            Same(C(i + 4), e.Fatalities.Single().Citations.Single().Note, $"event-{i}.fatalities[0].sources[0].note");
            Assert.Equal(i, e.Fatalities.Single().Count.Best);

            Same(C(i), ((Relation)g.Find($"relation-{i}")!).Note, $"relation-{i}.note");
            Same(C(i), g.Vocabulary.EventType($"type-{i}").Name, $"type-{i}.name");
            Same(C(i + 1), g.Vocabulary.EventType($"type-{i}").Description, $"type-{i}.description");
            Same(C(i), g.Vocabulary.ParticipantRole($"role-{i}").Name, $"role-{i}.name");
            Same(C(i + 1), g.Vocabulary.Predicate($"predicate-{i}").Description, $"predicate-{i}.description");
        }
        Assert.Equal(n, TypedMembers(assembly, "Sources", typeof(Source)));
        Assert.Equal(n, TypedMembers(assembly, "Actors", typeof(Actor)));
        Assert.Equal(n, TypedMembers(assembly, "Statements", typeof(Statement)));
        Assert.Equal(n, TypedMembers(assembly, "Events", typeof(Event)));
        Assert.Equal(n, TypedMembers(assembly, "Relations", typeof(Relation)));
        Assert.Equal(n, TypedMembers(assembly, "EventTypes", typeof(EventType)));
        Assert.Equal(n, TypedMembers(assembly, "ParticipantRoles", typeof(ParticipantRole)));
        Assert.Equal(n, TypedMembers(assembly, "Predicates", typeof(Predicate)));
        output.WriteLine(_stats.Summary() + $"; {Corpus.Length} hostile strings in 29 fields each");
    }

    /// <summary>What must become of an id: a typed member of this name, or this diagnostic on the id (and no member).</summary>
    public sealed record IdCase(string[] Ids, string? Member, string? Diagnostic, bool KeptInAll = false);

    public static readonly IdCase[] IdCases =
    [
        new(["class"], "Class", null),
        new(["namespace"], "Namespace", null),
        new(["int"], "Int", null),
        new(["void"], "Void", null),
        new(["null"], "Null", null),
        new(["true"], "True", null),
        new(["global"], "Global", null),
        new(["this"], "This", null),
        new(["operator"], "Operator", null),
        new(["var"], "Var", null),
        new(["value"], "Value", null),
        new(["system"], "System", null),
        new(["curata"], "Curata", null),
        new(["user-project"], "UserProject", null),
        new(["knowledge-base"], "KnowledgeBase", null),
        new(["graph"], "Graph", null),
        new(["holder"], "Holder", null),
        new(["sources"], "Sources", null),
        new(["get-value"], "GetValue", null),
        new(["a"], "A", null),
        new(["x1-2y-3"], "X12y3", null),
        new(["1abc"], null, "KB0005"),
        new(["9"], null, "KB0005"),
        new([""], null, "KB0005"),
        new(["Northland"], null, "KB0005"),
        new(["NORTHLAND"], null, "KB0005"),
        new(["north land"], null, "KB0005"),
        new(["north_land"], null, "KB0005"),
        new(["north--land"], null, "KB0005"),
        new(["-north"], null, "KB0005"),
        new(["north-"], null, "KB0005"),
        new(["north\n"], null, "KB0005"),
        new(["\u0647\u0627\u062F\u064A"], null, "KB0005"),
        new(["\uFF4E\uFF4F\uFF52\uFF54\uFF48"], null, "KB0005"),
        new(["nor\u200Bth"], null, "KB0005"),
        new(["nor\u0131th"], null, "KB0005"),
        new(["north\ud800"], null, "KB0005"),
        new(["all"], null, "KB0103", KeptInAll: true),
        new(["get"], null, "KB0103", KeptInAll: true),
        new(["try-get"], null, "KB0103", KeptInAll: true),
        new(["find"], null, "KB0103", KeptInAll: true),
        new(["to-string"], null, "KB0103", KeptInAll: true),
        new(["equals"], null, "KB0103", KeptInAll: true),
        new(["reference-equals"], null, "KB0103", KeptInAll: true),
        new(["get-hash-code"], null, "KB0103", KeptInAll: true),
        new(["get-type"], null, "KB0103", KeptInAll: true),
        new(["memberwise-clone"], null, "KB0103", KeptInAll: true),
        new(["finalize"], null, "KB0103", KeptInAll: true),
        new(["actors"], null, "KB0103", KeptInAll: true),
        new(["unit-1a", "unit1a"], "Unit1a", "KB0102", KeptInAll: true),
        new(["x-1", "x1"], "X1", "KB0102", KeptInAll: true),
        new(["a-1-b", "a1-b"], "A1B", "KB0102", KeptInAll: true),
        new(["northland", "northland"], "Northland", "KB0101"),
        new([new string('a', 256)], "A" + new string('a', 255), null),
        new([new string('a', 257)], null, "KB0002"),
        new([new string('a', 2000)], null, "KB0002"),
        new([string.Join("-", Enumerable.Repeat("ab", 700))], null, "KB0002"),
        new([new string('a', 2000) + "A"], null, "KB0005"),
    ];

    [Fact]
    public void Ids_that_collide_with_code_become_members_or_diagnostics()
    {
        foreach (var c in IdCases)
        {
            var name = "ids " + string.Join(" and ", c.Ids.Select(ApiComparer.Show));
            var actors = string.Join(", ", c.Ids.Select((id, i) =>
                $"{{ \"id\": {Json(id)}, \"kind\": \"person\", \"name\": \"Actor {i}\", \"sources\": [ {{ \"source\": \"paper\" }} ] }}"));
            var text = $"{{ \"sources\": [ {{ \"id\": \"paper\", \"kind\": \"report\", \"title\": \"Paper\" }} ],\n  \"actors\": [ {actors} ] }}";
            var run = Run(name, ("/k/ids.json", text));
            AssertMeaningUnchanged(run, name);
            var assembly = RobustHarness.Load(run);
            var g = RobustHarness.Graph(assembly);
            var problems = run.Problems.ToArray();
            var members = assembly.GetType("UserProject.Actors")!.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(Actor)).ToArray();

            if (c.Diagnostic == null)
            {
                Assert.True(problems.Length == 0, $"{name}: {string.Join("; ", problems.Select(d => d.ToString()))}");
                Assert.Equal([c.Member!], members.Select(m => m.Name));
                Assert.Equal(c.Ids.Single(), ((Actor)members.Single().GetValue(null)!).Id);
                continue;
            }

            // The diagnostic sits on the (last) offending id, in the file; and it is the only warning or error.
            Assert.True(problems.Length == 1 && problems[0].Id == c.Diagnostic,
                $"{name}: expected only {c.Diagnostic}, got [{string.Join("; ", problems.Select(d => d.ToString()))}] and members [{string.Join(", ", members.Select(m => m.Name))}]");
            var diagnostic = problems[0];
            var span = diagnostic.Location.SourceSpan;
            Assert.Equal("/k/ids.json", diagnostic.Location.GetLineSpan().Path);
            Assert.Equal(Json(c.Ids.Last()), text.Substring(span.Start, span.Length));
            if (c.Member != null)
            {
                Assert.Equal([c.Member], members.Select(m => m.Name)); // the first id keeps the member
            }
            else
            {
                Assert.Empty(members);
            }
            var kept = g.Actors.Select(a => a.Id).ToArray();
            Assert.Equal(c.KeptInAll ? c.Ids.Distinct().Order(StringComparer.Ordinal).ToArray() : c.Ids.Distinct().Where(id => c.Diagnostic is "KB0101").ToArray(), kept);
        }
        output.WriteLine(_stats.Summary() + $"; {IdCases.Length} id cases");
    }

    [Fact]
    public void Ids_named_after_their_own_class_are_reported_in_every_kind()
    {
        var text = """
            {
              "sources": [ { "id": "sources", "kind": "report", "title": "S" } ],
              "actors": [ { "id": "actors", "kind": "person", "name": "A", "sources": [ { "source": "sources" } ] } ],
              "statements": [ { "id": "statements", "speaker": "actors", "mode": "paraphrase", "text": "T", "sources": [ { "source": "sources" } ] } ],
              "events": [ { "id": "events", "type": "event-types", "name": "E", "participants": [ { "actor": "actors", "role": "participant-roles" } ], "sources": [ { "source": "sources" } ] } ],
              "relations": [ { "id": "relations", "subject": "actors", "predicate": "predicates", "object": "actors", "sources": [ { "source": "sources" } ] } ],
              "eventTypes": [ { "id": "event-types", "name": "ET" } ],
              "participantRoles": [ { "id": "participant-roles", "name": "PR" } ],
              "predicates": [ { "id": "predicates", "name": "P" } ]
            }
            """;
        var run = Run("class names as ids", ("/k/classes.json", text));
        AssertMeaningUnchanged(run, "class names as ids");
        var reported = run.Problems.Where(d => d.Id == "KB0103").Select(d => d.GetMessage()).ToArray();
        Assert.Equal(8, reported.Length);
        Assert.DoesNotContain(run.Problems, d => d.Id != "KB0103");
        var g = RobustHarness.Graph(RobustHarness.Load(run));
        Assert.Equal(5, g.Sources.Count + g.Actors.Count + g.Statements.Count + g.Events.Count + g.Relations.Count);
        Assert.Equal("predicates", g.Relations.Single().Predicate.Id);
    }
}
