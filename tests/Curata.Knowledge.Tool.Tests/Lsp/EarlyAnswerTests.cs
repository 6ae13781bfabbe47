using System.Linq;
using System.Text.Json.Nodes;
using Curata.Knowledge.Tool.Tests.Support;

namespace Curata.Knowledge.Tool.Tests.Lsp;

/// <summary>
/// The server's two answers to an edit inside one fact, in their order: first the edited file at once, with the fact checked
/// against the rest of the base and the file's other diagnostics kept; then the full check, which adds what depends on facts
/// the edited one does not name.
/// </summary>
public sealed class EarlyAnswerTests
{
    private const string Actors = """
        {
          "sources": [
            { "id": "paper", "kind": "news-article", "title": "Paper" },
            { "id": "spare", "kind": "news-article", "title": "Spare" }
          ],
          "actors": [
            { "id": "north", "kind": "state", "name": "North", "sources": [ { "source": "paper" } ] },
            { "id": "south", "kind": "state", "name": "South", "sources": [ { "source": "paper" } ] }
          ]
        }
        """;

    [Fact]
    public void An_edit_inside_a_fact_is_answered_for_its_file_first_and_by_the_full_check_after()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("actors.json", Actors);
        using var client = LspClient.Start(folder.Path);
        // The full check after start-up: nothing names the spare source, nor either actor.
        client.WaitForDiagnostics(path, d => d.Count(IsUnreferenced) == 3);
        client.Open(path, Actors);

        // South renamed North (a name two actors then share, which only the whole base shows) and its citation misspelt.
        var from = Actors.IndexOf("\"South\"", System.StringComparison.Ordinal);
        var to = Actors.IndexOf("\"paper\"", from, System.StringComparison.Ordinal) + "\"paper\"".Length;
        client.Edit(path, 2, Actors, from, to, "\"North\", \"sources\": [ { \"source\": \"papr\"");

        var early = client.WaitForDiagnostics(path, _ => true);
        Assert.Contains(early, d => Code(d) == "KB0502"); // the unknown source, with its suggestion
        Assert.Contains("did you mean 'paper'", (string)early.First(d => Code(d) == "KB0502")!["message"]!);
        Assert.Equal(3, early.Count(IsUnreferenced)); // kept as the last check left them
        Assert.DoesNotContain(early, d => Code(d) == "KB0104");

        var full = client.WaitForDiagnostics(path, d => d.Any(x => Code(x) == "KB0104"));
        Assert.Contains(full, d => Code(d) == "KB0502");
    }

    [Fact]
    public void A_syntax_error_inside_a_fact_drops_that_fact_at_once_and_keeps_the_rest_of_the_file()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("actors.json", Actors);
        using var client = LspClient.Start(folder.Path);
        client.WaitForDiagnostics(path, d => d.Count(IsUnreferenced) == 3);
        client.Open(path, Actors);

        // The colon after south's name goes, as while typing it again.
        var colon = Actors.IndexOf(':', Actors.IndexOf("\"name\": \"South\"", System.StringComparison.Ordinal));
        client.Edit(path, 2, Actors, colon, colon + 1, "");

        var early = client.WaitForDiagnostics(path, _ => true);
        Assert.Single(early, d => Code(d) == "KB0001");
        // South is dropped with its warning; the spare source's and north's are kept.
        Assert.Equal(new[] { "Nothing refers to the source 'spare'", "Nothing refers to the actor 'north'" },
            early.Where(IsUnreferenced).Select(d => ((string)d!["message"]!).Split('.')[0]));
    }

    private static string? Code(JsonNode? diagnostic) => (string?)diagnostic!["code"];

    private static bool IsUnreferenced(JsonNode? diagnostic) => Code(diagnostic) == "KB0601";
}
