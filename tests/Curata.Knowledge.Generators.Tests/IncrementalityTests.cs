using System;
using System.Collections.Immutable;
using System.Linq;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Generators.Tests.Support;
using Curata.Knowledge.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>Which edits are cheap: the generator redoes only the work an edit makes necessary.</summary>
public class IncrementalityTests
{
    private static readonly (string Path, string Text)[] Files =
    [
        ("/k/sources.json", """{ "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ] }"""),
        ("/k/actors.json", """{ "actors": [ { "id": "alice", "kind": "person", "name": "Alice", "sources": [ { "source": "paper" } ] } ] }"""),
        ("/k/more-actors.json", """{ "actors": [ { "id": "bob", "kind": "person", "name": "Bob", "sources": [ { "source": "paper" } ] } ] }"""),
    ];

    private static (GeneratorDriver Driver, Compilation Compilation, ImmutableArray<AdditionalText> Texts) FirstRun()
    {
        var texts = Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var compilation = KnowledgeHarness.Compilation();
        var driver = KnowledgeHarness.Driver(texts).RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    [Fact]
    public void Adding_an_unrelated_type_recomputes_nothing()
    {
        var (driver, compilation, _) = FirstRun();

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }")));

        foreach (var step in Incrementality.TrackedSteps)
        {
            Assert.All(Incrementality.Reasons(driver, step), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }
        Incrementality.AssertNoCompilerObjects(driver);
    }

    [Fact]
    public void Editing_one_knowledge_file_rereads_only_that_file()
    {
        var (driver, compilation, texts) = FirstRun();
        var edited = new InMemoryAdditionalText("/k/actors.json", Files[1].Text.Replace("Alice", "Alicia"));

        driver = driver.ReplaceAdditionalText(texts[1], edited).RunGenerators(compilation);

        var reasons = Incrementality.Reasons(driver, TrackingNames.ReadFile);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        // Reading ahead ran (a file changed) and changed nothing downstream of it.
        Assert.Equal([IncrementalStepRunReason.Unchanged], Incrementality.Reasons(driver, TrackingNames.ReadAhead));
        Assert.Equal([IncrementalStepRunReason.Modified], Incrementality.Reasons(driver, TrackingNames.CheckKnowledgeBase));
        var actors = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Actors.g.cs").SourceText.ToString();
        Assert.Contains("Alicia", actors);
    }

    [Fact]
    public void Reading_the_same_text_twice_gives_equal_models_and_hash_codes()
    {
        var original = KnowledgeFileReader.Read("/k/a.json", SourceText.From(Files[1].Text), default);
        var again = KnowledgeFileReader.Read("/k/a.json", SourceText.From(Files[1].Text), default);

        Assert.Equal(original, again);
        Assert.Equal(original.GetHashCode(), again.GetHashCode());
        Assert.Equal(
            KnowledgeBaseChecker.Check([original], [], default),
            KnowledgeBaseChecker.Check([again], [], default));
    }

    [Fact]
    public void The_analyzer_reuses_the_generators_reading_of_the_same_texts()
    {
        var text = SourceText.From(Files[1].Text);
        var file = new InMemoryAdditionalText("/k/actors.json", text);

        var first = KnowledgeFiles.Read(file, default);
        var second = KnowledgeFiles.Read(file, default);
        var checkedOnce = KnowledgeBaseChecker.Check([first], [], default);

        Assert.Same(first, second);
        Assert.Same(checkedOnce, KnowledgeBaseChecker.Check([second], [], default));
        Assert.NotSame(checkedOnce, KnowledgeBaseChecker.Check([first with { }], [], default));
        Assert.Equal(checkedOnce, KnowledgeBaseChecker.Check([first with { }], [], default));
    }

    [Fact]
    public void The_analyzer_takes_the_last_check_when_a_text_is_replaced_by_an_equal_one()
    {
        var texts = Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToArray();
        var models = KnowledgeFiles.ReadAll(texts, default);
        var quotes = new SourceTextSpec("/k/paper.txt", "What the paper printed.");
        var checkedOnce = KnowledgeBaseChecker.Check(models, [quotes], default);

        // A save without a change: a new text, so a new model, equal to the last; the source text read anew.
        var saved = models.SetItem(2, KnowledgeFiles.Read(new InMemoryAdditionalText(Files[2].Path, Files[2].Text), default));
        Assert.NotSame(models[2], saved[2]);
        Assert.Same(checkedOnce, KnowledgeBaseChecker.Check(saved, [quotes with { }], default));

        // A real change is checked.
        var edited = models.SetItem(2, KnowledgeFiles.Read(new InMemoryAdditionalText(Files[2].Path, Files[2].Text.Replace("Bob", "Rob")), default));
        var checkedAgain = KnowledgeBaseChecker.Check(edited, [quotes], default);
        Assert.NotSame(checkedOnce, checkedAgain);
        Assert.Contains(checkedAgain.Actors, a => a.Name == "Rob");
    }

    [Fact]
    public void Files_read_together_give_the_models_each_gives_alone_in_order_and_fill_the_cache()
    {
        var synthetic = SyntheticKnowledge.Create(600, 6, seed: 3);
        var files = synthetic.Select(f => (AdditionalText)new InMemoryAdditionalText("/k/" + f.Path, f.Text)).ToArray();

        var together = KnowledgeFiles.ReadAll(files, default);

        Assert.Equal(files.Select(f => f.Path), together.Select(m => m.Path));
        for (var i = 0; i < files.Length; i++)
        {
            Assert.Equal(KnowledgeFileReader.Read(files[i].Path, files[i].GetText()!, default), together[i]);
            Assert.Same(together[i], KnowledgeFiles.Read(files[i], default));
        }
    }

    [Fact]
    public void Reading_together_reports_cancellation_as_cancellation()
    {
        using var cancellation = new System.Threading.CancellationTokenSource();
        // The third file cancels the run while it is being read, so the reading of some file sees it mid-way.
        var files = SyntheticKnowledge.Create(600, 6, seed: 4)
            .Select((f, i) => (AdditionalText)new CancellingText("/k/" + f.Path, f.Text, i == 2 ? cancellation : null)).ToArray();

        var error = Record.Exception(() => KnowledgeFiles.ReadAll(files, cancellation.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
    }

    private sealed class CancellingText(string path, string text, System.Threading.CancellationTokenSource? cancels) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default)
        {
            cancels?.Cancel();
            return SourceText.From(text);
        }
    }

    private static readonly (string Path, string Text)[] DeclaredFiles =
    [
        ("/k/declarations.json", """
            { "kinds": [ { "id": "gadget", "plural": "gadgets", "properties": [
                { "id": "label", "type": "text", "description": "The label." },
                { "id": "weight", "type": "quantity", "unit": "kg" } ] } ] }
            """),
        ("/k/sources.json", """{ "sources": [ { "id": "paper", "kind": "report", "title": "Paper" } ] }"""),
        ("/k/gadgets.json", """{ "gadgets": [ { "id": "widget", "label": "W", "weight": 2.5, "sources": [ { "source": "paper" } ] } ] }"""),
    ];

    private static (GeneratorDriver Driver, Compilation Compilation, ImmutableArray<AdditionalText> Texts) FirstDeclaredRun()
    {
        var texts = DeclaredFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var compilation = KnowledgeHarness.Compilation();
        var driver = KnowledgeHarness.Driver(texts).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation, texts);
    }

    private static System.Collections.Generic.Dictionary<string, string> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    [Fact]
    public void Editing_a_declarations_file_rereads_only_that_file_and_changes_the_output()
    {
        var (driver, compilation, texts) = FirstDeclaredRun();
        var before = Sources(driver);
        Assert.Contains("The label.", before["Gadgets.g.cs"]);
        var edited = new InMemoryAdditionalText("/k/declarations.json", DeclaredFiles[0].Text
            .Replace("The label.", "What is printed on it.")
            .Replace("\"unit\": \"kg\" }", "\"unit\": \"kg\" }, { \"id\": \"fragile\", \"type\": \"boolean\" }"));

        driver = driver.ReplaceAdditionalText(texts[0], edited).RunGenerators(compilation);

        var reasons = Incrementality.Reasons(driver, TrackingNames.ReadFile);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Modified], Incrementality.Reasons(driver, TrackingNames.CheckKnowledgeBase));
        var after = Sources(driver);
        Assert.DoesNotContain("The label.", after["Gadgets.g.cs"]);
        Assert.Contains("What is printed on it.", after["Gadgets.g.cs"]);
        Assert.Contains("public bool? Fragile =>", after["Gadgets.g.cs"]);
        Assert.NotEqual(before["FactTable.g.cs"], after["FactTable.g.cs"]); // the schema in the table has the new property
        Incrementality.AssertNoCompilerObjects(driver);
    }

    [Fact]
    public void A_whitespace_only_edit_of_a_fact_file_leaves_the_generated_sources_equal()
    {
        var (driver, compilation, texts) = FirstDeclaredRun();
        var before = Sources(driver);
        var spaced = DeclaredFiles[2].Text.Replace("{ ", "{\n\t  ").Replace(", ", " ,\r\n  ").Replace("[", "[  \n") + "\n\n";
        Assert.NotEqual(DeclaredFiles[2].Text, spaced);

        driver = driver.ReplaceAdditionalText(texts[2], new InMemoryAdditionalText("/k/gadgets.json", spaced)).RunGenerators(compilation);

        // The file is read again (its positions moved), the others are not, and what is generated is the same, byte for byte.
        var reasons = Incrementality.Reasons(driver, TrackingNames.ReadFile);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        var after = Sources(driver);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (hint, text) in before) Assert.True(text == after[hint], $"{hint} changed after a whitespace-only edit");
    }
}
