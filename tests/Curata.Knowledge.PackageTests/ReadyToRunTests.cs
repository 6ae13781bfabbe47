using System.IO;
using System.Runtime.InteropServices;
using Xunit.Abstractions;

namespace Curata.Knowledge.PackageTests;

/// <summary>
/// Which generator a consumer's compiler gets: the package's ReadyToRun image for the platform the build runs on, when it
/// carries one, or else the IL build; and the IL build whenever <c>KnowledgeReadyToRun</c> is false.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ReadyToRunTests(PackageFixture package, ITestOutputHelper log)
{
    [Fact]
    public void A_build_on_a_platform_with_an_image_compiles_with_the_image_and_the_option_keeps_the_il()
    {
        var folder = package.NewScenarioFolder("ready-to-run");
        var app = ConsumerProject.Create(folder, "console", "Compiled", log);
        app.AddPackage(package);
        app.AddSmallKnowledgeBase();
        app.Write("Program.cs", "System.Console.WriteLine(Compiled.Events.RaidOnPort.Name);\n");

        var installed = Path.Combine(package.Packages, "curata.knowledge", package.Version);
        var il = Path.Combine(installed, "analyzers", "dotnet", "cs", "Curata.Knowledge.Generators.dll");
        var image = Path.Combine(installed, "ready-to-run", RuntimeInformation.RuntimeIdentifier, "Curata.Knowledge.Generators.dll");
        // The package carries an image for linux-x64 (PackageContentTests); elsewhere, the IL is what a build gets.
        if (RuntimeInformation.RuntimeIdentifier == "linux-x64") Assert.True(File.Exists(image), $"{image} is missing");

        Assert.Equal(new[] { File.Exists(image) ? image : il }, app.GeneratorAnalyzers());
        Assert.Equal(new[] { il }, app.GeneratorAnalyzers("-p:KnowledgeReadyToRun=false"));

        // The compiler runs the generator from that assembly: the typed API is there and the program prints a fact.
        app.BuildSucceeds();
        Assert.Equal(new[] { "Raid on the port" }, app.Run());
    }
}
