using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// The content rules' problems are taken up from the last check where they still hold (<see cref="RuleReuse"/>): a file's
/// verdicts, and a whole-base rule's problems. Whatever the edit, the check must be exactly the check of every file afresh.
/// The base below has a problem of every content rule, many of them across files (a statement in one file, its speaker's
/// lifespan in another), so each edit either leaves a kept problem true, makes it false, moves what it points at, or makes a
/// new one; and the test says whether anything was taken up, so a reuse that never happens cannot pass for a correct one.
/// </summary>
[Collection(nameof(IncrementalCheckTests))] // the results a check leaves for the next are per process
public class RuleReuseTests
{
    private const string Actors = "/k/a-actors.json", Facts = "/k/b-facts.json", More = "/k/c-more.json", Vocabulary = "/k/d-vocabulary.json",
        Paper = "/k/paper.txt";

    private static readonly (string Path, string Text)[] Base =
    {
        (Actors, """
            { "sources": [
                { "id": "paper", "kind": "news-article", "title": "A paper", "published": "2024-06-01", "textFile": "paper.txt" },
                { "id": "lost", "kind": "news-article", "title": "A lost paper", "published": "2024-06-01", "textFile": "lost.txt" },
                { "id": "early", "kind": "news-article", "title": "An early paper", "published": "2020-01-01" },
                { "id": "unused", "kind": "news-article", "title": "Cited by nothing", "published": "2024-06-01" } ],
              "actors": [
                { "id": "ann", "kind": "person", "name": "Ann", "lifespan": { "from": "1950", "to": "2000" },
                  "roles": [{ "kind": "holds-office", "title": "Clerk", "span": { "from": "1940" } }], "sources": [{ "source": "paper" }] },
                { "id": "bob", "kind": "person", "name": "Bob", "sources": [{ "source": "paper" }] },
                { "id": "north", "kind": "state", "name": "North", "sources": [{ "source": "paper" }] },
                { "id": "south", "kind": "state", "name": "South", "sources": [{ "source": "paper" }] },
                { "id": "loner", "kind": "person", "name": "Loner", "sources": [{ "source": "paper" }] } ] }
            """),
        (Facts, """
            { "statements": [
                { "id": "s-dead", "speaker": "ann", "date": "2024-02-01", "mode": "paraphrase", "text": "Spoke late.", "sources": [{ "source": "paper" }] },
                { "id": "s-found", "speaker": "bob", "date": "2024-02-01", "mode": "quotation", "text": "We will stay.", "sources": [{ "source": "paper" }] },
                { "id": "s-lost", "speaker": "bob", "date": "2024-02-01", "mode": "quotation", "text": "Gone.", "sources": [{ "source": "lost" }] },
                { "id": "s-made-up", "speaker": "bob", "date": "2024-02-01", "mode": "quotation", "text": "Nothing like it.", "sources": [{ "source": "paper" }] },
                { "id": "s-bare", "speaker": "bob", "date": "2024-02-01", "mode": "paraphrase", "text": "No source." } ],
              "events": [
                { "id": "e-count", "type": "meeting", "date": "2024-01-01", "sources": [{ "source": "paper" }],
                  "fatalities": [{ "count": { "best": 3 }, "breakdown": [{ "category": "civilians", "count": { "best": 5 } }] }] },
                { "id": "e-loop-a", "type": "meeting", "date": "2024-01-01", "causes": ["e-loop-b"], "sources": [{ "source": "paper" }] } ],
              "relations": [
                { "id": "r-backs", "subject": "north", "predicate": "backs", "object": "south", "sources": [{ "source": "paper" }] },
                { "id": "r-allied", "subject": "bob", "predicate": "allied-with", "object": "north", "sources": [{ "source": "paper" }] } ] }
            """),
        (More, """
            { "statements": [
                { "id": "s-plain", "speaker": "bob", "date": "2024-02-01", "mode": "paraphrase", "text": "Plain words.", "sources": [{ "source": "paper" }] },
                { "id": "s-early", "speaker": "bob", "date": "2024-05-01", "mode": "paraphrase", "text": "Too late.", "sources": [{ "source": "early" }] } ],
              "events": [
                { "id": "e-effect", "type": "meeting", "date": "2024-01-01", "causes": ["e-cause"], "sources": [{ "source": "paper" }] },
                { "id": "e-cause", "type": "meeting", "date": "2024-03-01", "sources": [{ "source": "paper" }] },
                { "id": "e-loop-b", "type": "meeting", "date": "2024-01-01", "causes": ["e-loop-a"], "sources": [{ "source": "paper" }] } ],
              "relations": [
                { "id": "r-opposes", "subject": "north", "predicate": "opposes", "object": "south", "span": { "from": "2030" }, "sources": [{ "source": "paper" }] } ] }
            """),
        (Vocabulary, """
            { "eventTypes": [ { "id": "meeting", "name": "Meeting" } ],
              "predicates": [
                { "id": "backs", "name": "backs", "conflictsWith": ["opposes"] },
                { "id": "opposes", "name": "opposes", "conflictsWith": ["backs"] },
                { "id": "allied-with", "name": "allied with", "symmetric": true, "subjectKinds": ["state"], "objectKinds": ["state"] } ] }
            """),
    };

    private const string PaperText = "We will stay, whatever comes.\nA second paragraph.";

    public static TheoryData<string, string, string, bool> Edits => new()
    {
        // file, text replaced, by what, whether some file's verdicts or some whole-base rule's problems must be taken up
        // Words only, in a file no problem elsewhere points into: every other file's verdicts and every whole-base rule hold.
        { More, "Plain words.", "Plainer words, at some length.", true },
        // Words before what other files' problems point at (Ann's lifespan, the lost paper): those move, the rest hold.
        { Actors, "\"title\": \"A paper\"", "\"title\": \"A paper with a much longer title\"", true },
        // Ann's lifespan now covers the statement: the statement's verdict, in another file, changes.
        { Actors, "\"to\": \"2000\"", "\"to\": \"2030\"", false },
        // What a verdict reads of the facts it names changes, in another file, where no kept problem points: the early paper
        // now comes after the statement it alone reports; Bob died before he spoke; North is no state; a cause comes later.
        { Actors, "\"published\": \"2020-01-01\"", "\"published\": \"2024-07-01\"", false },
        { Actors, "\"name\": \"Bob\",", "\"name\": \"Bob\", \"lifespan\": { \"to\": \"1999\" },", false },
        { Actors, "\"id\": \"north\", \"kind\": \"state\"", "\"id\": \"north\", \"kind\": \"person\"", false },
        { More, "\"date\": \"2024-01-01\", \"causes\": [\"e-loop-a\"]", "\"date\": \"2024-02-01\", \"causes\": [\"e-loop-a\"]", false },
        // The cause now comes before its effect, in another file.
        { More, "\"date\": \"2024-03-01\"", "\"date\": \"2023-12-01\"", false },
        // The loop across files is broken.
        { More, "\"causes\": [\"e-loop-a\"]", "\"causes\": []", false },
        // The conflicting relation now overlaps in time.
        { More, "\"span\": { \"from\": \"2030\" }", "\"span\": { \"from\": \"2020\" }", false },
        // The unused source is cited at last; the loner is named at last.
        { More, "\"Plain words.\", \"sources\": [{ \"source\": \"paper\" }]", "\"Plain words.\", \"sources\": [{ \"source\": \"unused\" }], \"about\": [\"loner\"]", false },
        // A quotation now found in the text, and one no longer.
        { Facts, "\"Nothing like it.\"", "\"A second paragraph.\"", true },
        { Facts, "\"We will stay.\"", "\"We will go.\"", true },
        // The text the quotations are found in.
        { Paper, "A second paragraph.", "Another paragraph.", false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_check_after_an_edit_has_the_content_problems_of_a_check_afresh(string path, string find, string replacement, bool takenUp)
    {
        var (files, texts) = Read(Base, PaperText);
        var before = Check(files, texts);
        Assert.True(ExpectedRules.SequenceEqual(before.Diagnostics.Select(d => d.Id).Where(ExpectedRules.Contains).Distinct().OrderBy(id => id, StringComparer.Ordinal)),
            string.Join("\n", before.Diagnostics));
        Assert.Equal(ExpectedRules, before.Diagnostics.Select(d => d.Id).Where(ExpectedRules.Contains).Distinct().OrderBy(id => id, StringComparer.Ordinal));

        if (path == Paper)
        {
            Assert.Contains(find, PaperText);
            texts = Read(Base, PaperText.Replace(find, replacement)).Texts;
        }
        else
        {
            var index = Array.FindIndex(Base, f => f.Path == path);
            Assert.Contains(find, Base[index].Text);
            files = files.SetItem(index, Read(path, Base[index].Text.Replace(find, replacement)));
        }
        var incremental = Check(files, texts);
        var reused = RuleReuse.LastCompleted!.Reused;
        KnowledgeBaseChecker.ForgetLastCheck();
        var afresh = Check(files.Select(f => f with { }).ToImmutableArray(), texts);

        Assert.Equal(afresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(afresh, incremental);
        if (takenUp) Assert.True(reused > 0, "no problem was taken up");
        // Changed source texts may change any quotation's verdict: nothing is taken up.
        if (path == Paper) Assert.Equal(0, reused);
    }

    // A problem of every content rule but those the edits make (conflicts).
    private static readonly string[] ExpectedRules = new[]
    {
        DiagnosticDescriptors.OutsideLifespan, DiagnosticDescriptors.RoleOutsideLifespan, DiagnosticDescriptors.EffectBeforeCause,
        DiagnosticDescriptors.AfterOnlySource, DiagnosticDescriptors.BreakdownMismatch, DiagnosticDescriptors.PredicateKindNotAllowed,
        DiagnosticDescriptors.CauseCycle, DiagnosticDescriptors.NoSource, DiagnosticDescriptors.UngroundedQuote,
        DiagnosticDescriptors.MissingSourceText, DiagnosticDescriptors.Unreferenced,
    }.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();

    private static KnowledgeBaseSpec Check(ImmutableArray<KnowledgeFileSpec> files, ImmutableArray<SourceTextSpec> texts) =>
        KnowledgeBaseChecker.Check(files, texts, CancellationToken.None);

    private static (ImmutableArray<KnowledgeFileSpec> Files, ImmutableArray<SourceTextSpec> Texts) Read((string Path, string Text)[] files, string paper) =>
        (files.Select(f => Read(f.Path, f.Text)).ToImmutableArray(), ImmutableArray.Create(new SourceTextSpec(Paper, paper)));

    private static KnowledgeFileSpec Read(string path, string text) => KnowledgeFileReader.Read(path, SourceText.From(text), CancellationToken.None);
}
