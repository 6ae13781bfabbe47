using System;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace Curata.Knowledge.PackageTests;

/// <summary>
/// A build never serves stale facts: after each kind of change to the knowledge inputs, a plain incremental <c>dotnet build</c>
/// recompiles, and the program prints what the knowledge now says (not only that a build ran).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class UpToDateTests(PackageFixture package, ITestOutputHelper log)
{
    // Prints what a change to the knowledge would alter: how many facts, whose names, and the generated namespace.
    private const string Program = """
        using System;
        using System.Linq;

        var graph = typeof(Program).Assembly.GetTypes().Single(t => t.Name == "KnowledgeBase");
        var knowledge = (Curata.Knowledge.KnowledgeGraph)graph.GetProperty("Graph")!.GetValue(null)!;
        Console.WriteLine($"namespace: {graph.Namespace}");
        Console.WriteLine($"actors: {string.Join(", ", knowledge.Actors.Select(a => a.Name).Order(StringComparer.Ordinal))}");
        """;

    private const string Extra = """{ "actors": [ { "id": "southland", "kind": "state", "name": "Southland", "sources": [ { "source": "gazette" } ] } ] }""";

    private ConsumerProject Consumer(string scenario)
    {
        var app = ConsumerProject.Create(package.NewScenarioFolder(scenario), "console", "App", log);
        app.AddPackage(package);
        app.AddSmallKnowledgeBase();
        app.Write("Program.cs", Program);
        app.Write(Path.Combine("knowledge", "extra.json"), Extra);
        app.BuildSucceeds();
        Assert.Equal(["namespace: App", "actors: Harbour Militia, Mayor \"Ana\" Lind, Northland, Southland"], app.Run());
        return app;
    }

    // A file as a checkout leaves it: its time older than the last build's output.
    private static void Age(string path) => File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-30));

    [Fact]
    public void Deleting_a_knowledge_file_removes_its_facts()
    {
        var app = Consumer("delete-file");
        File.Delete(Path.Combine(app.Directory, "knowledge", "extra.json"));

        app.BuildSucceeds("--no-restore");

        Assert.Equal(["namespace: App", "actors: Harbour Militia, Mayor \"Ana\" Lind, Northland"], app.Run());
    }

    [Fact]
    public void Adding_and_renaming_knowledge_files_with_old_times_is_seen()
    {
        var app = Consumer("add-rename");
        var added = Path.Combine(app.Directory, "knowledge", "more.json");
        File.WriteAllText(added, """{ "actors": [ { "id": "eastland", "kind": "state", "name": "Eastland", "sources": [ { "source": "gazette" } ] } ] }""");
        Age(added);
        app.BuildSucceeds("--no-restore");
        Assert.Equal(["namespace: App", "actors: Eastland, Harbour Militia, Mayor \"Ana\" Lind, Northland, Southland"], app.Run());

        // Renamed to a JSON Schema's name, the file is no longer knowledge.
        File.Move(added, Path.Combine(app.Directory, "knowledge", "more.schema.json"));
        app.BuildSucceeds("--no-restore");
        Assert.Equal(["namespace: App", "actors: Harbour Militia, Mayor \"Ana\" Lind, Northland, Southland"], app.Run());
    }

    [Fact]
    public void Editing_a_knowledge_file_restored_with_an_old_time_is_seen()
    {
        var app = Consumer("old-time");
        var extra = Path.Combine(app.Directory, "knowledge", "extra.json");
        File.WriteAllText(extra, Extra.Replace("\"Southland\"", "\"Republic of Southland\"", StringComparison.Ordinal));
        Age(extra);

        app.BuildSucceeds("--no-restore");

        Assert.Equal(["namespace: App", "actors: Harbour Militia, Mayor \"Ana\" Lind, Northland, Republic of Southland"], app.Run());
    }

    [Fact]
    public void Editing_or_removing_an_editorconfig_that_sets_severities_is_seen()
    {
        var app = Consumer("editorconfig");
        var unsourced = """{ "actors": [ { "id": "westland", "kind": "state", "name": "Westland" } ] }""";
        app.Write(Path.Combine("knowledge", "unsourced.json"), unsourced);
        app.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.KB0501.severity = error\n");
        var strict = app.Build("--no-restore");
        Assert.False(strict.Succeeded, strict.ToString());
        Assert.Contains(Diagnostics.Errors(strict), e => e.Contains("KB0501"));

        File.Delete(Path.Combine(app.Directory, ".editorconfig"));
        var relaxed = app.Build("--no-restore");
        Assert.True(relaxed.Succeeded, relaxed.ToString());
        Assert.Equal(["namespace: App", "actors: Harbour Militia, Mayor \"Ana\" Lind, Northland, Southland, Westland"], app.Run());

        // The same file back, with an old time: the build must fail again, not reuse the last success.
        var config = Path.Combine(app.Directory, ".editorconfig");
        File.WriteAllText(config, "root = true\n\n[*]\ndotnet_diagnostic.KB0501.severity = error\n");
        Age(config);
        var again = app.Build("--no-restore");
        Assert.False(again.Succeeded, again.ToString());
    }

    [Fact]
    public void Editing_a_source_text_is_seen_by_the_quotation_check()
    {
        var app = Consumer("source-text");
        app.Write(Path.Combine("knowledge", "text.json"), """
            { "sources": [ { "id": "speech", "kind": "interview", "title": "Speech", "textFile": "speech.txt" } ],
              "statements": [ { "id": "northland-speaks", "speaker": "northland", "mode": "quotation", "text": "We stand firm",
                                "sources": [ { "source": "speech", "paragraph": 1 } ] } ] }
            """);
        app.Write(Path.Combine("knowledge", "speech.txt"), "We stand firm, said the envoy.\n");
        app.BuildSucceeds("--no-restore");

        var text = Path.Combine(app.Directory, "knowledge", "speech.txt");
        File.WriteAllText(text, "We will think about it, said the envoy.\n");
        Age(text);
        var changed = app.Build("--no-restore");

        Assert.False(changed.Succeeded, changed.ToString());
        Assert.Contains(Diagnostics.Errors(changed), e => e.Contains("KB0503"));
    }

    [Fact]
    public void Changing_a_knowledge_option_is_seen()
    {
        var app = Consumer("option");
        app.SetProperties(("KnowledgeNamespace", "Story.Facts"));

        app.BuildSucceeds("--no-restore");

        Assert.Equal(["namespace: Story.Facts", "actors: Harbour Militia, Mayor \"Ana\" Lind, Northland, Southland"], app.Run());
    }
}
