using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace Curata.Knowledge.PackageTests;

/// <summary>A team tunes rule severities like any compiler warning: .editorconfig, and TreatWarningsAsErrors.</summary>
[Collection(PackageCollection.Name)]
public sealed class SeverityTests(PackageFixture package, ITestOutputHelper log)
{
    // A relation with no source: KB0501, a warning by default (line 1, column 26 is the id's opening quote).
    private const string Unsourced = """{ "relations": [ { "id": "northland-backs-lind", "subject": "northland", "predicate": "backs", "object": "mayor-lind" } ] }""";

    [Fact]
    public void A_warning_by_default_an_error_under_TreatWarningsAsErrors_and_whatever_editorconfig_says()
    {
        var app = ConsumerProject.Create(package.NewScenarioFolder("severity"), "console", "App", log);
        app.AddPackage(package);
        app.AddSmallKnowledgeBase();
        app.Write("Program.cs", ConsumerCode.QueryProgram);
        app.Write(Path.Combine("knowledge", "unsourced.json"), Unsourced);
        var line = $"{Path.Combine(app.Directory, "knowledge", "unsourced.json")}(1,26)";

        var byDefault = app.Build();
        Assert.True(byDefault.Succeeded, byDefault.ToString());
        Assert.Equal([$"{line}: warning KB0501: The relation 'northland-backs-lind' cites no source"],
            Diagnostics.Warnings(byDefault).Where(w => w.Contains("KB0")));

        // A property passed on the command line is not a compile input, so the compiler must be made to run again.
        var strict = app.Build("-p:TreatWarningsAsErrors=true", "--no-incremental");
        Assert.False(strict.Succeeded, strict.ToString());
        Assert.Equal([$"{line}: error KB0501: The relation 'northland-backs-lind' cites no source"], Diagnostics.Errors(strict));

        app.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.KB0501.severity = error\n");
        var promoted = app.Build();
        Assert.False(promoted.Succeeded, promoted.ToString());
        Assert.Equal([$"{line}: error KB0501: The relation 'northland-backs-lind' cites no source"], Diagnostics.Errors(promoted));

        app.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.KB0501.severity = none\n");
        var silenced = app.BuildSucceeds("-p:TreatWarningsAsErrors=true", "--no-incremental");
        Assert.DoesNotContain(Diagnostics.Warnings(silenced).Concat(Diagnostics.Errors(silenced)), l => l.Contains("KB0501"));
    }
}
