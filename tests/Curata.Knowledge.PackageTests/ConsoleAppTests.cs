using System;
using System.IO;
using Xunit.Abstractions;

namespace Curata.Knowledge.PackageTests;

/// <summary>A console app that adds the package and keeps its knowledge under knowledge/.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsoleAppTests(PackageFixture package, ITestOutputHelper log)
{
    [Fact]
    public void A_console_app_with_a_small_knowledge_base_builds_and_prints_its_query_results()
    {
        var app = ConsumerProject.Create(package.NewScenarioFolder("console"), "console", "App", log);
        app.AddPackage(package);
        app.AddSmallKnowledgeBase();
        app.Write("Program.cs", ConsumerCode.QueryProgram);
        app.SetProperties(("EmitCompilerGeneratedFiles", "true"));

        app.BuildSucceeds();

        Assert.Equal(ConsumerCode.QueryProgramOutput, app.Run());

        // What the README tells package users: EmitCompilerGeneratedFiles writes the generated code under obj/.
        var generated = Path.Combine(app.Directory, "obj", "Debug", "net10.0", "generated", "Curata.Knowledge.Generators",
            "Curata.Knowledge.Generators.KnowledgeGenerator", "Actors.g.cs");
        Assert.True(File.Exists(generated), generated + " exists");
        Assert.Contains("public static global::Curata.Knowledge.Actor MayorLind", File.ReadAllText(generated));

        // The package was restored into this run's private folder only, never into the user's global packages folder.
        Assert.True(Directory.Exists(Path.Combine(package.Packages, "curata.knowledge", package.Version)));
        var global = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        Assert.False(Directory.Exists(Path.Combine(global, "curata.knowledge", package.Version)));
    }

    [Fact]
    public void The_schema_shipped_in_the_package_is_named_by_the_KnowledgeSchemaFile_property()
    {
        var app = ConsumerProject.Create(package.NewScenarioFolder("schema"), "console", "App", log);
        app.AddPackage(package);

        var result = DotNet.Run(app.Directory, "msbuild", "-getProperty:KnowledgeSchemaFile", "-nologo");

        Assert.True(result.Succeeded, result.ToString());
        var schema = result.Output.Trim();
        Assert.Equal(Path.Combine(package.Packages, "curata.knowledge", package.Version, "schema", "knowledge.schema.json"), schema);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "knowledge", "schema", "knowledge.schema.json")), File.ReadAllText(schema));
    }

    [Fact]
    public void A_broken_knowledge_file_fails_the_build_with_errors_located_in_the_file()
    {
        var app = ConsumerProject.Create(package.NewScenarioFolder("broken"), "console", "App", log);
        app.AddPackage(package);
        app.AddSmallKnowledgeBase();
        app.Write("Program.cs", ConsumerCode.QueryProgram);
        // Line 3: a speaker that names no actor (column 37 is its opening quote). Line 6: a missing comma before "date" (column 55).
        app.Write(Path.Combine("knowledge", "broken.json"), """
            {
              "statements": [
                { "id": "lind-vote", "speaker": "mayor-lynd", "mode": "paraphrase", "text": "The council will vote.", "sources": [{ "source": "gazette" }] }
              ],
              "events": [
                { "id": "vote", "type": "meeting", "name": "Vote" "date": "2024-02-20" }
              ]
            }
            """);

        var build = app.Build();

        Assert.False(build.Succeeded, "the build must fail:\n" + build);
        var file = Path.Combine(app.Directory, "knowledge", "broken.json");
        Assert.Equal(new[]
        {
            $"{file}(3,37): error KB0201: No actor has the id 'mayor-lynd'; did you mean 'mayor-lind'?",
            $"{file}(6,55): error KB0001: Malformed JSON: Unexpected '\"'; expected ',' or '}}'.",
        }, Diagnostics.Errors(build));
    }
}
