using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Emit;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Curata.Knowledge.Generators.Tests;

// The API is planned file by file with what each file's text depends on (ApiFile), and the driver keeps every file whose
// dependencies did not change. After each kind of edit, the files kept and the files written again must be, byte for byte,
// what a run from scratch writes: a dependency left out of a plan would show here as a stale file.
public class EmissionFollowsEditTests
{
    private const string NamingCode = "namespace UserCode { public static class Program { public static object Main() => UserProject.Actors.HarbourMilitia; } }";

    private const string AddedActor = """{ "id": "new-actor", "kind": "person", "name": "New Actor", "sources": [{ "source": "gazette" }] },""";

    private static readonly Dictionary<string, string> Named = new() { ["KnowledgeTypedMembers"] = "named" };

    private static (string Path, string Text)[] Small() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small")).Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToArray();

    // Each edit: the file it changes (by name), the text before (derived from the fixture's) and after.
    private static readonly Dictionary<string, (string File, Func<string, string> Before, Func<string, string> After)> Edits = new()
    {
        ["a statement's text"] = ("facts.json", t => t, t => Changed(t, "Stay calm.", "Keep calm.")),
        ["a statement's date"] = ("facts.json", t => t, t => Changed(t, "\"date\": \"2024-02\"", "\"date\": \"2024-01\"")),
        ["an actor's name"] = ("facts.json", t => t, t => Changed(t, "\"name\": \"Northland\"", "\"name\": \"Northern Land\"")),
        ["a source's title"] = ("facts.json", t => t, t => Changed(t, "The <Harbour> Gazette & Times", "The Harbour Gazette")),
        ["an actor added"] = ("facts.json", t => t, t => Changed(t, "\"actors\": [", "\"actors\": [" + AddedActor)),
        ["an actor removed"] = ("facts.json", t => Changed(t, "\"actors\": [", "\"actors\": [" + AddedActor), t => t),
        ["a declared property's description"] = ("declarations.json", t => t, t => Changed(t, "Gross tonnage.", "Tonnage, gross.")),
        ["a term's name"] = ("vocabulary.json", t => t, t => Changed(t, "\"name\": \"Airstrike\"", "\"name\": \"Air strike\"")),
        // Edits that keep the text's length move no location, so the facts after them stay equal: only a missing dependency,
        // not a moved one, can make a file stale, and these are the edits that would show it.
        ["an actor's name, as long"] = ("facts.json", t => t, t => Changed(t, "\"name\": \"Northland\"", "\"name\": \"Southland\"")),
        ["a source's title, as long"] = ("facts.json", t => t, t => Changed(t, "The <Harbour> Gazette & Times", "The <Harbour> Courier & Times")),
        ["a declared property's description, as long"] = ("declarations.json", t => t, t => Changed(t, "Gross tonnage.", "Total tonnage.")),
        ["a term's name, as long"] = ("vocabulary.json", t => t, t => Changed(t, "\"name\": \"Airstrike\"", "\"name\": \"Air raids\"")),
        ["whitespace only"] = ("facts.json", t => t, t => "\n  " + t.Replace("\", \"", "\" ,  \"") + "\n"),
    };

    public static TheoryData<string, bool> Cases()
    {
        var cases = new TheoryData<string, bool>();
        foreach (var edit in Edits.Keys)
        {
            cases.Add(edit, false);
            cases.Add(edit, true);
        }
        return cases;
    }

    private static string Changed(string text, string from, string to)
    {
        Assert.Contains(from, text);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void After_an_edit_every_file_is_what_a_run_from_scratch_writes(string edit, bool namedOnly)
    {
        var (file, before, after) = Edits[edit];
        var properties = namedOnly ? Named : null;
        var compilation = KnowledgeHarness.Compilation(NamingCode);
        var texts = Small().Select(f => Text(f.Path, Path.GetFileName(f.Path) == file ? before(f.Text) : f.Text)).ToImmutableArray();
        var index = texts.IndexOf(texts.Single(t => Path.GetFileName(t.Path) == file));
        var edited = Text(texts[index].Path, after(Small().Single(f => Path.GetFileName(f.Path) == file).Text));
        Assert.NotEqual(texts[index].GetText()!.ToString(), edited.GetText()!.ToString());

        var incremental = KnowledgeHarness.Driver(texts, properties).RunGenerators(compilation)
            .ReplaceAdditionalText(texts[index], edited).RunGenerators(compilation);
        KnowledgeBaseChecker.ForgetLastCheck();
        WrittenFactTable.Forget();
        var fresh = KnowledgeHarness.Driver(texts.SetItem(index, Text(edited.Path, edited.GetText()!.ToString())), properties).RunGenerators(compilation);

        var expected = Sources(fresh);
        var actual = Sources(incremental);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (hintName, text) in expected) Assert.True(text == actual[hintName], $"After {edit}, {hintName} differs from a run from scratch.");
    }

    [Fact]
    public void Editing_a_statements_text_writes_again_only_the_statements_file()
    {
        var compilation = KnowledgeHarness.Compilation(NamingCode);
        var texts = Small().Select(f => Text(f.Path, f.Text)).ToImmutableArray();
        var index = texts.IndexOf(texts.Single(t => Path.GetFileName(t.Path) == "facts.json"));
        var edited = Text(texts[index].Path, Changed(texts[index].GetText()!.ToString(), "Stay calm.", "Keep calm."));

        var driver = KnowledgeHarness.Driver(texts).RunGenerators(compilation).ReplaceAdditionalText(texts[index], edited).RunGenerators(compilation);

        var written = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.PlanApiFile]
            .SelectMany(step => step.Outputs)
            .Where(output => output.Reason is not IncrementalStepRunReason.Cached and not IncrementalStepRunReason.Unchanged)
            .Select(output => ((ApiFile)output.Value).HintName);
        // The statement's doc comment shows its text; nothing else in the API does.
        Assert.Equal(["Statements.g.cs"], written);
        Assert.Contains("Keep calm.", Sources(driver)["Statements.g.cs"]);
    }

    private static AdditionalText Text(string path, string text) => new InMemoryAdditionalText(path, text);

    private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}
