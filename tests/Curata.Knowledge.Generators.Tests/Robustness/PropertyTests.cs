using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using Curata.Knowledge.Generators.Tests.Robustness.Support;
using CsCheck;
using Xunit.Abstractions;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// Random valid knowledge bases (sources, actors of every kind with aliases and roles, statements, events with partial dates,
/// spans, counts, participants and causes, relations, vocabulary; texts full of quotes, backslashes, line breaks, Arabic and
/// invisible characters), written as JSON over several files: each raises no warning or error, compiles with no warning, and
/// every fact reads back through the compiled API with equal values.
/// </summary>
public class PropertyTests(ITestOutputHelper output)
{
    /// <summary>
    /// The first case always comes from this seed; the others are random, and a failure is shrunk by CsCheck and reported
    /// with its own seed (pass it as <c>seed</c> to replay it).
    /// </summary>
    private static readonly string Seed = new PCG(7, 20240207).ToString();

    /// <summary>Each case compiles and loads an assembly (about 0.1-0.3 s); 30 keep the suite to a few seconds.</summary>
    private const int Iterations = 30;

    [Fact]
    public void Random_valid_bases_compile_cleanly_and_round_trip_every_fact()
    {
        RobustHarness.WarmUp(); // so the first case's time is its own, not the compiler's first start
        var stats = new SuiteStats("property");
        var facts = 0;
        ValidBase.Bases.Sample(b =>
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var name = $"base of {b.FactCount} facts";
            var run = RobustHarness.RunWithin(TimeSpan.FromSeconds(10), name, () => b.Files.Select(f => RobustHarness.Text(f.Path, f.Text)));
            var problems = run.Problems.Select(d => d.ToString()).ToArray();
            Assert.True(problems.Length == 0, "a valid base raised: " + string.Join(Environment.NewLine, problems));
            RobustHarness.AssertCompiles(run, name);
            var assembly = RobustHarness.Load(run);
            ApiComparer.AssertSame(b, RobustHarness.Graph(assembly), assembly);
            stats.Record(name, started.Elapsed);
            facts = Math.Max(facts, b.FactCount);
        }, seed: Seed, iter: Iterations, threads: 1, print: b => b.ToString());
        output.WriteLine(stats.Summary() + $"; largest base {facts} facts");
        Assert.Equal(Iterations, stats.Cases);
    }

    [Fact]
    public void The_generator_of_bases_is_deterministic_for_a_recipe()
    {
        // Shrinking and replaying a seed rely on a recipe always building the same base.
        ValidBase.Recipes.Sample(recipe =>
            Assert.Equal(string.Join("\n", ValidBase.Build(recipe).Files), string.Join("\n", ValidBase.Build(recipe).Files)),
            seed: Seed, iter: 50, threads: 1);
    }
}

/// <summary>Compares a base as written with the graph the compiled code builds, fact by fact and value by value.</summary>
internal static class ApiComparer
{
    public static void AssertSame(BaseM b, KnowledgeGraph g, Assembly assembly)
    {
        AssertIds(b.Sources.Select(s => s.Id), g.Sources.Select(s => s.Id), "sources");
        foreach (var (want, got) in Pair(b.Sources, s => s.Id, g.Sources, s => s.Id))
        {
            var at = "source " + want.Id;
            Same(want.Kind, got.SourceKind?.Id, at, "kind");
            Same(want.Title, got.Title, at, "title");
            Same(want.Published?.ToString(), got.Published?.ToString(), at, "published");
            Same(want.Publisher, got.Publisher, at, "publisher");
            Same(want.Place, got.Place, at, "place");
            Same(want.Contributors, got.Contributors, at, "contributors");
            Same(want.Language, got.Language, at, "language");
            Same(want.Notes, got.Notes, at, "notes");
        }

        AssertIds(b.Actors.Select(a => a.Id), g.Actors.Select(a => a.Id), "actors");
        foreach (var (want, got) in Pair(b.Actors, a => a.Id, g.Actors, a => a.Id))
        {
            var at = "actor " + want.Id;
            Same(want.Kind, got.ActorKind?.Id, at, "kind");
            Same(want.Name, got.Name, at, "name");
            Same(want.Aliases, got.Aliases, at, "aliases");
            Same(want.Description, got.Description, at, "description");
            Same(want.Lifespan?.ToString(), got.Lifespan?.ToString(), at, "lifespan");
            Assert.True(want.Roles.Length == got.Roles.Count, $"{at}: {got.Roles.Count} roles, expected {want.Roles.Length}");
            for (var i = 0; i < want.Roles.Length; i++)
            {
                var (wr, gr) = (want.Roles[i], got.Roles[i]);
                Same(wr.Kind, gr.Kind.Id, at, $"roles[{i}].kind");
                Same(wr.Title, gr.Title, at, $"roles[{i}].title");
                Same(wr.Of, gr.Institution?.Id, at, $"roles[{i}].of");
                Same(wr.Span?.ToString(), gr.Span?.ToString(), at, $"roles[{i}].span");
                Assert.Same(got, gr.Holder);
                Cites(wr.Sources, gr.Citations, at + $" roles[{i}]");
            }
            Cites(want.Sources, got.Citations, at);
        }

        AssertIds(b.Statements.Select(s => s.Id), g.Statements.Select(s => s.Id), "statements");
        foreach (var (want, got) in Pair(b.Statements, s => s.Id, g.Statements, s => s.Id))
        {
            var at = "statement " + want.Id;
            Same(want.Speaker, got.Speaker.Id, at, "speaker");
            Same(want.IssuedThrough, got.IssuedThrough?.Id, at, "issuedThrough");
            Same(want.Date?.ToString(), got.Date?.ToString(), at, "date");
            Same(want.Mode, Kebab(got.Mode), at, "mode");
            Same(want.Text, got.Text, at, "text");
            Same(want.About, got.About.Select(f => f.Id).ToArray(), at, "about");
            Cites(want.Sources, got.Citations, at);
        }

        AssertIds(b.Events.Select(e => e.Id), g.Events.Select(e => e.Id), "events");
        foreach (var (want, got) in Pair(b.Events, e => e.Id, g.Events, e => e.Id))
        {
            var at = "event " + want.Id;
            Same(want.Type, got.Type.Id, at, "type");
            Same(want.Name, got.Name, at, "name");
            Same(want.Summary, got.Summary, at, "summary");
            Same(want.Date?.ToString(), got.Date?.ToString(), at, "date");
            Same(want.Place, got.Place, at, "place");
            Same(want.Participants.Select(p => p.Actor + " as " + p.Role).ToArray(), got.Participants.Select(p => p.Actor.Id + " as " + p.Role.Id).ToArray(), at, "participants");
            Assert.True(want.Fatalities.Length == got.Fatalities.Count, $"{at}: {got.Fatalities.Count} fatality reports, expected {want.Fatalities.Length}");
            for (var i = 0; i < want.Fatalities.Length; i++)
            {
                var (wf, gf) = (want.Fatalities[i], got.Fatalities[i]);
                Same(Count(wf.Count), Count(gf.Count), at, $"fatalities[{i}].count");
                Same(wf.Victims, gf.Victims, at, $"fatalities[{i}].victims");
                Same(wf.VictimActors, gf.VictimActors.Select(a => a.Id).ToArray(), at, $"fatalities[{i}].victimActors");
                Cites(wf.Sources, gf.Citations, at + $" fatalities[{i}]");
            }
            Same(want.Occurrences == null ? null : Count(want.Occurrences), got.Occurrences == null ? null : Count(got.Occurrences), at, "occurrences");
            Same(want.Causes, got.Causes.Select(c => c.Id).ToArray(), at, "causes");
            Same(want.PartOf, got.PartOf?.Id, at, "partOf");
            Cites(want.Sources, got.Citations, at);
        }

        AssertIds(b.Relations.Select(r => r.Id), g.Relations.Select(r => r.Id), "relations");
        foreach (var (want, got) in Pair(b.Relations, r => r.Id, g.Relations, r => r.Id))
        {
            var at = "relation " + want.Id;
            Same(want.Subject, got.Subject.Id, at, "subject");
            Same(want.Predicate, got.Predicate.Id, at, "predicate");
            Same(want.Object, got.Object.Id, at, "object");
            Same(want.Span?.ToString(), got.Span?.ToString(), at, "span");
            Same(want.Note, got.Note, at, "note");
            Cites(want.Sources, got.Citations, at);
        }

        var vocabulary = g.Vocabulary;
        AssertIds(b.EventTypes.Select(t => t.Id), vocabulary.EventTypes.Select(t => t.Id), "event types");
        foreach (var (want, got) in Pair(b.EventTypes, t => t.Id, vocabulary.EventTypes, t => t.Id))
        {
            Same(want.Name, got.Name, "event type " + want.Id, "name");
            Same(want.Description, got.Description, "event type " + want.Id, "description");
            Same(want.Parent, got.Parent?.Id, "event type " + want.Id, "parent");
        }
        AssertIds(b.ParticipantRoles.Select(t => t.Id), vocabulary.ParticipantRoles.Select(t => t.Id), "participant roles");
        foreach (var (want, got) in Pair(b.ParticipantRoles, t => t.Id, vocabulary.ParticipantRoles, t => t.Id))
        {
            Same(want.Name, got.Name, "participant role " + want.Id, "name");
            Same(want.Description, got.Description, "participant role " + want.Id, "description");
        }
        AssertIds(b.Predicates.Select(t => t.Id), vocabulary.Predicates.Select(t => t.Id), "predicates");
        foreach (var (want, got) in Pair(b.Predicates, t => t.Id, vocabulary.Predicates, t => t.Id))
        {
            var at = "predicate " + want.Id;
            Same(want.Name, got.Name, at, "name");
            Same(want.Description, got.Description, at, "description");
            Same(want.Symmetric.ToString(), got.IsSymmetric.ToString(), at, "symmetric");
            Same(want.InverseOf, got.InverseOf?.Id, at, "inverseOf");
            Same(want.ConflictsWith, got.ConflictsWith.Select(p => p.Id).ToArray(), at, "conflictsWith");
            Same(want.SubjectKinds, got.SubjectKinds.Select(k => k.Id).ToArray(), at, "subjectKinds");
            Same(want.ObjectKinds, got.ObjectKinds.Select(k => k.Id).ToArray(), at, "objectKinds");
            Same(want.Acyclic.ToString(), got.IsAcyclic.ToString(), at, "acyclic");
        }

        // Every fact and term has its typed member, and the member is that fact.
        Members(assembly, "Sources", b.Sources.Select(s => s.Id), id => g.Find(id));
        Members(assembly, "Actors", b.Actors.Select(a => a.Id), id => g.Find(id));
        Members(assembly, "Statements", b.Statements.Select(s => s.Id), id => g.Find(id));
        Members(assembly, "Events", b.Events.Select(e => e.Id), id => g.Find(id));
        Members(assembly, "Relations", b.Relations.Select(r => r.Id), id => g.Find(id));
        Members(assembly, "EventTypes", b.EventTypes.Select(t => t.Id), id => vocabulary.EventType(id));
        Members(assembly, "ParticipantRoles", b.ParticipantRoles.Select(t => t.Id), id => vocabulary.ParticipantRole(id));
        Members(assembly, "Predicates", b.Predicates.Select(t => t.Id), id => vocabulary.Predicate(id));
    }

    /// <summary>The generated member name of an id, as docs/knowledge-format.md defines it.</summary>
    public static string Pascal(string id) => string.Concat(id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    public static string Kebab(Enum value)
    {
        var name = value.ToString();
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('-');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    private static void Members(Assembly assembly, string className, IEnumerable<string> ids, Func<string, object?> find)
    {
        var type = assembly.GetType("UserProject." + className, throwOnError: true)!;
        foreach (var id in ids)
        {
            var property = type.GetProperty(Pascal(id), BindingFlags.Public | BindingFlags.Static);
            Assert.True(property != null, $"{className} has no member {Pascal(id)} for '{id}'");
            Assert.Same(find(id), property!.GetValue(null));
        }
    }

    private static string Count(CountM c) => $"{c.Low}/{c.Best}/{c.High}";

    private static string Count(EstimatedCount c) => $"{c.Low}/{c.Best}/{c.High}";

    private static void Cites(CiteM[] want, IReadOnlyList<Citation> got, string at) =>
        Same(want.Select(c => $"{c.Source} ¶{c.Paragraph} {Show(c.Note)}").ToArray(), got.Select(c => $"{c.Source.Id} ¶{c.Paragraph} {Show(c.Note)}").ToArray(), at, "sources");

    private static void AssertIds(IEnumerable<string> want, IEnumerable<string> got, string what) =>
        Assert.Equal(want.Order(StringComparer.Ordinal).ToArray(), got.ToArray());

    private static IEnumerable<(TW, TG)> Pair<TW, TG>(IEnumerable<TW> want, Func<TW, string> wantId, IEnumerable<TG> got, Func<TG, string> gotId)
    {
        var byId = got.ToDictionary(gotId, StringComparer.Ordinal);
        return want.Select(w => (w, byId[wantId(w)]));
    }

    private static void Same(string? want, string? got, string at, string property) =>
        Assert.True(string.Equals(want, got, StringComparison.Ordinal), $"{at}: {property} is {Show(got)}, expected {Show(want)}");

    private static void Same(IReadOnlyList<string> want, IReadOnlyList<string> got, string at, string property) =>
        Assert.True(want.SequenceEqual(got, StringComparer.Ordinal), $"{at}: {property} is [{string.Join(", ", got.Select(Show))}], expected [{string.Join(", ", want.Select(Show))}]");

    /// <summary>A string with every character outside printable ASCII shown as its code, so a failure shows what changed.</summary>
    public static string Show(string? value) =>
        value == null ? "null" : "\"" + string.Concat(value.Select(c => c >= ' ' && c < 127 ? c.ToString() : $"\\u{(int)c:X4}")) + "\"";
}
