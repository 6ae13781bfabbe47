using System.IO;
using Xunit.Abstractions;

namespace Curata.Knowledge.PackageTests;

/// <summary>The MSBuild options of the package, set in consumer project files.</summary>
[Collection(PackageCollection.Name)]
public sealed class OptionsTests(PackageFixture package, ITestOutputHelper log)
{
    [Fact]
    public void KnowledgeNamespace_and_internal_KnowledgeVisibility_take_effect()
    {
        var folder = package.NewScenarioFolder("options");
        var library = ConsumerProject.Create(folder, "classlib", "Registry", log);
        library.AddPackage(package);
        library.AddSmallKnowledgeBase();
        library.SetProperties(("KnowledgeNamespace", "Facts.Curated"), ("KnowledgeVisibility", "internal"));
        library.Write("Briefing.cs", """
            namespace Registry;

            /// <summary>The library's public face; the generated API behind it is internal.</summary>
            public static class Briefing
            {
                public static string Mayor => Facts.Curated.Actors.MayorLind.Name;
            }
            """);

        var app = ConsumerProject.Create(folder, "console", "Reader", log);
        app.AddReference(library);
        const string program = """
            using System;
            using System.Reflection;
            using Registry;

            Assembly library = typeof(Briefing).Assembly;
            Type actors = library.GetType("Facts.Curated.Actors", throwOnError: true)!;
            Console.WriteLine($"mayor: {Briefing.Mayor}");
            Console.WriteLine($"{actors.FullName}: public={actors.IsPublic}");
            Console.WriteLine($"{nameof(Registry)}.Actors exists: {library.GetType("Registry.Actors") is not null}");
            """;
        app.Write("Program.cs", program);

        app.BuildSucceeds();

        Assert.Equal(new[]
        {
            "mayor: Mayor \"Ana\" Lind",
            "Facts.Curated.Actors: public=False",
            "Registry.Actors exists: False",
        }, app.Run());

        // The generated classes are internal to the library: naming one from the app is a compile error.
        app.Write("Program.cs", program + "\nConsole.WriteLine(Facts.Curated.Actors.MayorLind.Name);\n");
        var build = app.Build("--no-restore");
        Assert.False(build.Succeeded, "the build must fail:\n" + build);
        Assert.Equal(new[]
        {
            $"{Path.Combine(app.Directory, "Program.cs")}(10,33): error CS0122: 'Actors' is inaccessible due to its protection level",
        }, Diagnostics.Errors(build));
    }

    [Fact]
    public void Invalid_option_values_are_reported_as_KB0901()
    {
        var app = ConsumerProject.Create(package.NewScenarioFolder("invalid-options"), "console", "App", log);
        app.AddPackage(package);
        app.AddSmallKnowledgeBase();
        app.Write("Program.cs", ConsumerCode.QueryProgram);
        app.SetProperties(("KnowledgeNamespace", "Facts.2024"), ("KnowledgeVisibility", "protected"));

        var build = app.Build();

        Assert.False(build.Succeeded, "the build must fail:\n" + build);
        Assert.Equal(new[]
        {
            "CSC : error KB0901: The MSBuild property KnowledgeNamespace has the invalid value 'Facts.2024'; it must be a C# namespace such as 'MyCompany.Facts'; using 'App'",
            "CSC : error KB0901: The MSBuild property KnowledgeVisibility has the invalid value 'protected'; it must be 'public' or 'internal'; using 'public'",
        }, Diagnostics.Errors(build));
    }
}
