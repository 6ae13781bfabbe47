using System;
using System.IO;
using Curata.Knowledge.Tool.Explore;
using Curata.Knowledge.Tool.Input;

namespace Curata.Knowledge.Tool.Tests.Explore;

/// <summary>
/// The explorer written once per test run for the two example knowledge bases and for a small base whose source has a text
/// copy (neither example has one), each into a folder of its own.
/// </summary>
public sealed class ExplorerSites : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("curata-explore-").FullName;

    public ExplorerSites()
    {
        Seed = Write(Path.Combine(RepositoryRoot, "knowledge", "seed"), "seed");
        ConflictEvents = Write(Path.Combine(RepositoryRoot, "knowledge", "conflict-events"), "conflict-events");
        var harbour = Path.Combine(_root, "harbour-knowledge");
        Directory.CreateDirectory(harbour);
        File.WriteAllText(Path.Combine(harbour, "harbour.json"), HarbourFacts);
        File.WriteAllText(Path.Combine(harbour, "harbour-report.txt"), HarbourReport);
        HarbourErrors = KnowledgeFolder.Load(harbour).ErrorCount;
        Harbour = Write(harbour, "harbour");
    }

    /// <summary>The site of knowledge/seed.</summary>
    public string Seed { get; }

    /// <summary>The site of knowledge/conflict-events.</summary>
    public string ConflictEvents { get; }

    /// <summary>The site of the small harbour base: a quotation whose source has a text copy, a month-long and a timed event.</summary>
    public string Harbour { get; }

    public int HarbourErrors { get; }

    /// <summary>Where screenshots are kept after the run: TestResults/explorer-screenshots under the test output folder.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "TestResults", "explorer-screenshots");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string knowledge, string name)
    {
        var site = Path.Combine(_root, name);
        ExplorerSite.Write(KnowledgeFolder.Load(knowledge).Spec, site);
        return site;
    }

    private static string RepositoryRoot
    {
        get
        {
            for (var folder = AppContext.BaseDirectory; folder != null; folder = Path.GetDirectoryName(folder))
                if (Directory.Exists(Path.Combine(folder, "knowledge", "seed"))) return folder;
            throw new DirectoryNotFoundException("No knowledge/seed above the test output folder.");
        }
    }

    private const string HarbourReport = """
        Talks between the city and the dock workers broke up on Tuesday afternoon.
        Mayor Ana Petrov left the harbour office shortly after two. "We will not sign anything today," she told reporters waiting outside.
        The union said it would meet again next week.
        """;

    private const string HarbourFacts = """
        {
          "sources": [ { "id": "harbour-report", "kind": "news-article", "title": "Harbour talks end without agreement", "published": "2024-03-06",
                         "textFile": "harbour-report.txt" } ],
          "eventTypes": [ { "id": "strike", "name": "Strike" }, { "id": "meeting", "name": "Meeting" } ],
          "participantRoles": [ { "id": "negotiating-party", "name": "Negotiating party" } ],
          "actors": [
            { "id": "ana-petrov", "kind": "person", "name": "Ana Petrov", "sources": [ { "source": "harbour-report", "paragraph": 2 } ] },
            { "id": "dock-workers-union", "kind": "organisation", "name": "Dock Workers' Union", "aliases": [ "the union" ],
              "sources": [ { "source": "harbour-report", "paragraph": 3 } ] }
          ],
          "events": [
            { "id": "harbour-strike", "type": "strike", "name": "Harbour strike", "date": "2024-02",
              "participants": [ { "actor": "dock-workers-union", "role": "negotiating-party" } ], "sources": [ { "source": "harbour-report", "paragraph": 1 } ] },
            { "id": "harbour-talks", "type": "meeting", "name": "Harbour talks", "date": "2024-03-05T14:00Z",
              "participants": [ { "actor": "ana-petrov", "role": "negotiating-party" }, { "actor": "dock-workers-union", "role": "negotiating-party" } ],
              "sources": [ { "source": "harbour-report", "paragraph": 1 } ] }
          ],
          "statements": [
            { "id": "petrov-will-not-sign", "speaker": "ana-petrov", "date": "2024-03-05", "mode": "quotation", "text": "We will not sign anything today",
              "about": [ "harbour-talks" ], "sources": [ { "source": "harbour-report", "paragraph": 2 } ] }
          ]
        }
        """;
}
