using System.IO;
using Xunit.Abstractions;

namespace Curata.Knowledge.PackageTests;

/// <summary>A class library holds the knowledge and the package; an app references the library and nothing else.</summary>
[Collection(PackageCollection.Name)]
public sealed class ClassLibraryTests(PackageFixture package, ITestOutputHelper log)
{
    [Fact]
    public void An_app_uses_the_generated_api_of_a_referenced_library_and_gets_the_runtime_library_transitively()
    {
        var folder = package.NewScenarioFolder("classlib");
        var library = ConsumerProject.Create(folder, "classlib", "StoryFacts", log);
        library.AddPackage(package);
        library.AddSmallKnowledgeBase();
        library.Write("Briefing.cs", """
            using System.Linq;

            namespace StoryFacts;

            /// <summary>Hand-written code over the generated API, in the library.</summary>
            public static class Briefing
            {
                public static string Headline => $"{Events.RaidOnPort.Name}, {Events.RaidOnPort.Date}";

                public static int Quotations => Statements.All.Count(s => s.IsQuotation);
            }
            """);

        var app = ConsumerProject.Create(folder, "console", "Newsroom", log);
        app.AddReference(library);
        app.Write("Program.cs", """
            using System;
            using System.Linq;
            using Curata.Knowledge;
            using StoryFacts;

            // Generated members of the library, typed with the runtime library's classes, which the app never referenced itself.
            Actor mayor = Actors.MayorLind;
            Event raid = Events.Get("raid-on-port");
            Console.WriteLine($"mayor: {mayor.Name}, {mayor.ActorKind}");
            Console.WriteLine($"raid: {raid.Name}; consequences: {string.Join(", ", raid.Consequences.Select(e => e.Id))}");
            Console.WriteLine($"headline: {Briefing.Headline}; quotations: {Briefing.Quotations}");
            Console.WriteLine($"predicates: {string.Join(", ", Predicates.All.Select(p => p.Id))}");
            """);

        app.BuildSucceeds();

        Assert.Equal(new[]
        {
            "mayor: Mayor \"Ana\" Lind, person",
            "raid: Raid on the port; consequences: talks",
            "headline: Raid on the port, 2024-02-10; quotations: 1",
            "predicates: allied-with, backs, opposes",
        }, app.Run());
        Assert.DoesNotContain("PackageReference", File.ReadAllText(app.ProjectFile));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(app.OutputAssembly)!, "Curata.Knowledge.dll")),
            "the runtime library is copied next to the app");
    }

    [Fact]
    public void An_apps_constant_lookup_of_an_unknown_id_in_the_library_fails_the_build_with_KB0701()
    {
        var folder = package.NewScenarioFolder("classlib-lookup");
        var library = ConsumerProject.Create(folder, "classlib", "StoryFacts", log);
        library.AddPackage(package);
        library.AddSmallKnowledgeBase();
        var app = ConsumerProject.Create(folder, "console", "Newsroom", log);
        app.AddReference(library);
        app.Write("Program.cs", """
            using System;
            using System.Linq;
            using StoryFacts;

            Console.WriteLine(Actors.Get("northlnd").Name);
            Console.WriteLine(Events.RaidOnPort.ActorsInRole("targt").Count());
            """);

        var build = app.Build();

        Assert.False(build.Succeeded, build.ToString());
        var program = Path.Combine(app.Directory, "Program.cs");
        Assert.Equal(
            [$"{program}(5,30): error KB0701: 'northlnd' is not the id, name or alias of any actor; did you mean 'northland'?",
             $"{program}(6,50): error KB0701: 'targt' is not the id of any participant role; did you mean 'target'?"],
            Diagnostics.Errors(build));
    }
}
