using System;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace Curata.Knowledge.PackageTests;

/// <summary>
/// The command-line tool as users get it: installed with <c>dotnet tool install</c> from the feed, next to a project that uses
/// the package. <c>init</c> starts a folder that builds clean, and <c>check</c> says what the build says.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ToolTests(PackageFixture package, ITestOutputHelper log)
{
    // Reads one fact of each kind that init writes, through the generated API.
    private const string ExampleProgram = """
        using System;
        using System.Linq;
        using App;

        Console.WriteLine($"source: {Sources.GazetteFloodReport.Title} ({Sources.GazetteFloodReport.ExternalIds[0].Url})");
        Console.WriteLine($"actor: {Actors.MaraOkafor.Name}");
        Console.WriteLine($"statement: {Statements.OkaforOnTheShelters.Speaker.Name}: {Statements.OkaforOnTheShelters.Text}");
        Console.WriteLine($"event: {Events.RiverWrenFlood.Name}, {Events.RiverWrenFlood.Date}, {Events.RiverWrenFlood.HouseholdsAffected} households");
        Console.WriteLine($"caused: {string.Join(", ", Events.RiverWrenFlood.Consequences.Select(e => e.Name))}");
        Console.WriteLine($"relation: {Relations.OkaforLeadsTheCouncil.Subject.Name} {Relations.OkaforLeadsTheCouncil.Predicate.Name} {Relations.OkaforLeadsTheCouncil.Object.Name}");
        Console.WriteLine($"place: {Places.Eastbrook.Name}");
        Console.WriteLine($"shelter: {Shelters.EastbrookSchoolShelter.Capacity} beds at {Shelters.EastbrookSchoolShelter.Site?.Name}, {Shelters.EastbrookSchoolShelter.Status}");
        """;

    [Fact]
    public void Init_makes_a_folder_that_builds_with_no_diagnostic_and_check_agrees()
    {
        var tool = package.Tool;
        var app = ConsumerProject.Create(package.NewScenarioFolder("tool-init"), "console", "App", log);
        app.AddPackage(package);

        var init = Log(tool.Run(app.Directory, "init"));
        Assert.True(init.Succeeded, init.ToString());
        app.Write("Program.cs", ExampleProgram);

        var build = app.BuildSucceeds();
        Assert.DoesNotContain(build.Lines, line => line.Contains(": warning ", StringComparison.Ordinal) || line.Contains(": error ", StringComparison.Ordinal));
        Assert.Equal(
        [
            "source: River Wren floods the lower town (https://archive.example.org/gazette/EG-0412)",
            "actor: Mara Okafor",
            "statement: Mara Okafor: The mayor said every family that had to leave would have a bed that night.",
            "event: River Wren flood, 2025-03-01, 140 households",
            "caused: Evacuation of the lower town",
            "relation: Mara Okafor leads Eastbrook Town Council",
            "place: Eastbrook",
            "shelter: 120 beds at Eastbrook, Open",
        ], app.Run());

        // Output redirected, as in CI: the report alone, no progress bar.
        var check = Log(tool.Run(app.Directory, "check"));
        Assert.Equal(0, check.ExitCode);
        Assert.Equal([$"{Path.Combine(app.Directory, "knowledge")}: 0 error(s), 0 warning(s)"], check.Lines.Where(l => l.Length > 0));

        var again = Log(tool.Run(app.Directory, "init"));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--force", again.Output);
    }

    [Fact]
    public void Check_prints_the_lines_the_build_prints_under_the_same_editorconfig()
    {
        var tool = package.Tool;
        var app = ConsumerProject.Create(package.NewScenarioFolder("tool-parity"), "console", "App", log);
        app.AddPackage(package);
        app.AddSmallKnowledgeBase();
        app.Write("Program.cs", ConsumerCode.QueryProgram);
        // Errors of several kinds, a warning that stays one (KB0501), one raised to an error (KB0601) and one rule silenced (KB0004).
        app.Write(Path.Combine("knowledge", "broken.json"), """
            {
              "actors": [
                { "id": "harbour-master", "kind": "person", "name": "Harbour master", "sources": [ { "source": "gazette" } ] },
                { "id": "lighthouse-keeper", "kind": "person", "name": "Keeper", "lifespan": "1970-02-30", "sources": [ { "source": "gazette" } ] },
                { "id": "lighthouse-keeper", "kind": "person", "name": "Keeper again", "sources": [ { "source": "gazette" } ] }
              ],
              "statements": [
                { "id": "keeper-warns", "speaker": "lighthouse-keepr", "mode": "paraphrase", "text": "Storm coming.", "sources": [ { "source": "gazette" } ] }
              ],
              "relations": [
                { "id": "master-backs-mayor", "subject": "harbour-master", "predicate": "backs", "object": "mayor-lind", "mood": "warm" }
              ]
            }
            """);
        app.Write(Path.Combine("knowledge", "sources", "gazette.json"), """
            { "sources": [ { "id": "gazette", "kind": "news-article", "title": "Gazette" } ] }
            """);
        app.Write(Path.Combine("knowledge", "malformed.json"), "{ \"actors\": [ { \"id\": \"x\", } ] }\n");
        app.Write(".editorconfig", "root = true\n\n[*.json]\ndotnet_diagnostic.KB0601.severity = error\ndotnet_diagnostic.KB0004.severity = none\n");

        var build = app.Build();
        Assert.False(build.Succeeded, build.ToString());
        var buildLines = Diagnostics.Errors(build).Concat(Diagnostics.Warnings(build)).Where(l => l.Contains(" KB", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();

        var check = Log(tool.Run(app.Directory, "check", "knowledge"));
        Assert.Equal(1, check.ExitCode);
        var checkLines = check.Lines.Where(l => l.Contains(": error KB", StringComparison.Ordinal) || l.Contains(": warning KB", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(buildLines, checkLines);
        // The scenario is what it claims: several errors, a warning, a raised and a silenced rule.
        foreach (var id in new[] { "KB0001", "KB0008", "KB0101", "KB0201" }) Assert.Contains(checkLines, l => l.Contains($": error {id}: ", StringComparison.Ordinal));
        Assert.Contains(checkLines, l => l.Contains(": warning KB0501: ", StringComparison.Ordinal));
        Assert.Contains(checkLines, l => l.Contains(": error KB0601: ", StringComparison.Ordinal));
        Assert.DoesNotContain(checkLines, l => l.Contains("KB0004", StringComparison.Ordinal));
    }

    private CommandResult Log(CommandResult result)
    {
        log.WriteLine(result.ToString());
        return result;
    }
}
