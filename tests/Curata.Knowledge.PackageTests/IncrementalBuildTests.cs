using System.IO;
using Xunit.Abstractions;

namespace Curata.Knowledge.PackageTests;

/// <summary>Incremental builds of a consumer pick up an edit of C# alone and an edit of a knowledge file alone.</summary>
[Collection(PackageCollection.Name)]
public sealed class IncrementalBuildTests(PackageFixture package, ITestOutputHelper log)
{
    [Fact]
    public void Editing_only_a_cs_file_or_only_a_json_file_changes_what_the_next_build_runs()
    {
        var app = ConsumerProject.Create(package.NewScenarioFolder("incremental"), "console", "App", log);
        app.AddPackage(package);
        app.AddSmallKnowledgeBase();
        app.Write("Program.cs", """
            using System;
            using App;

            Console.WriteLine($"state: {Actors.Northland.Name}");
            Console.WriteLine($"relation: {Relations.NorthlandOpposesMilitia}");
            """);
        app.BuildSucceeds();
        Assert.Equal(new[] { "state: Northland", "relation: Northland opposes Harbour Militia" }, app.Run());

        app.Edit("Program.cs", "\"state: ", "\"country: ");
        app.BuildSucceeds("--no-restore");
        Assert.Equal(new[] { "country: Northland", "relation: Northland opposes Harbour Militia" }, app.Run());

        app.Edit(Path.Combine("knowledge", "facts.json"), "\"name\": \"Northland\"", "\"name\": \"Kingdom of Northland\"");
        app.BuildSucceeds("--no-restore");
        Assert.Equal(new[] { "country: Kingdom of Northland", "relation: Kingdom of Northland opposes Harbour Militia" }, app.Run());
    }
}
