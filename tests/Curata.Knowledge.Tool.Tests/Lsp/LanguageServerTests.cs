using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Curata.Knowledge.Tool.Tests.Lsp;

/// <summary>
/// <c>curata-knowledge lsp</c> as an editor uses it: a child process spoken to over stdio, on a knowledge folder of two files
/// (actors and a source in one, a statement and a relation that name them in the other).
/// </summary>
public sealed class LanguageServerTests : IDisposable
{
    private const string Actors = """
        {
          "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ],
          "predicates": [ { "id": "opposes", "name": "Opposes" } ],
          "actors": [
            { "id": "north", "kind": "state", "name": "North", "description": "The northern state.", "sources": [ { "source": "paper" } ] },
            { "id": "south", "kind": "state", "name": "South", "sources": [ { "source": "paper" } ] }
          ]
        }
        """;

    private const string Claims = """
        {
          "statements": [
            { "id": "north-says", "speaker": "north", "mode": "paraphrase", "text": "Said.", "about": [ "south" ], "sources": [ { "source": "paper" } ] }
          ],
          "relations": [
            { "id": "north-opposes-south", "subject": "north", "predicate": "opposes", "object": "south", "sources": [ { "source": "paper" } ] }
          ]
        }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("curata-lsp-").FullName;
    private readonly string _actors;
    private readonly string _claims;

    public LanguageServerTests()
    {
        _actors = Path.Combine(_folder, "actors.json");
        _claims = Path.Combine(_folder, "claims.json");
        File.WriteAllText(_actors, Actors);
        File.WriteAllText(_claims, Claims);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_broken_after_start_up_gets_its_diagnostic_and_loses_it_when_fixed()
    {
        using var client = LspClient.Start(_folder);
        client.Open(_claims, Claims);

        var broken = Claims.Replace("\"speaker\": \"north\"", "\"speaker\": \"nort\"");
        client.Change(_claims, 2, broken);
        var diagnostics = client.WaitForDiagnostics(_claims, d => d.Any(IsUnknownReference));

        var diagnostic = diagnostics.Single(IsUnknownReference);
        Assert.Equal(1, (int)diagnostic!["severity"]!);
        Assert.Equal(Position(broken, "\"nort\""), ((int)diagnostic["range"]!["start"]!["line"]!, (int)diagnostic["range"]!["start"]!["character"]!));
        Assert.Contains("did you mean 'north'", (string)diagnostic["message"]!);
        Assert.EndsWith("kb0201", (string)diagnostic["codeDescription"]!["href"]!, StringComparison.OrdinalIgnoreCase);

        client.Change(_claims, 3, Claims);
        client.WaitForDiagnostics(_claims, d => !d.Any(IsUnknownReference));
    }

    [Fact]
    public void Incremental_edits_as_editors_send_them_are_applied_where_they_fall()
    {
        using var client = LspClient.Start(_folder);
        client.Open(_claims, Claims);

        // One character deleted inside the speaker's id, as a keystroke sends it: a range and its (empty) new text.
        var at = Claims.IndexOf("\"north\"", StringComparison.Ordinal) + "\"nort".Length;
        client.Edit(_claims, 2, Claims, at, at + 1, "");
        var broken = Claims.Remove(at, 1);
        var diagnostic = client.WaitForDiagnostics(_claims, d => d.Any(IsUnknownReference)).Single(IsUnknownReference);
        Assert.Equal(Position(broken, "\"nort\""), ((int)diagnostic!["range"]!["start"]!["line"]!, (int)diagnostic["range"]!["start"]!["character"]!));

        // Typed back: the text is whole again, and so is the file.
        client.Edit(_claims, 3, broken, at, at, "h");
        client.WaitForDiagnostics(_claims, d => !d.Any(IsUnknownReference));
    }

    [Fact]
    public void An_edit_in_one_file_publishes_the_references_it_breaks_and_fixes_in_another()
    {
        using var client = LspClient.Start(_folder);
        client.Open(_actors, Actors);

        var renamedActor = Actors.Replace("\"id\": \"north\"", "\"id\": \"northern\"");
        client.Change(_actors, 2, renamedActor);
        var broken = client.WaitForDiagnostics(_claims, d => d.Any(IsUnknownReference));
        Assert.Equal(2, broken.Count(IsUnknownReference)); // the speaker and the relation's subject

        client.Change(_actors, 3, Actors);
        client.WaitForDiagnostics(_claims, d => !d.Any(IsUnknownReference));
    }

    [Fact]
    public void Completion_of_a_speaker_offers_the_actor_ids_only()
    {
        using var client = LspClient.Start(_folder);
        // Broken mid-edit: a new statement is being typed, its speaker's string just opened.
        var typing = Claims.Replace("\"statements\": [", "\"statements\": [\n    { \"id\": \"new-one\", \"speaker\": \"");
        client.Open(_claims, typing);
        var (line, character) = Position(typing, "\"speaker\": \"\n", offset: "\"speaker\": \"".Length);

        var result = client.Request("textDocument/completion", At(_claims, line, character))!;

        var labels = result["items"]!.AsArray().Select(i => (string)i!["label"]!).ToList();
        Assert.Equal(["north", "south"], labels);
    }

    [Fact]
    public void Renaming_an_actor_updates_its_definition_and_every_reference_in_every_file()
    {
        using var client = LspClient.Start(_folder);
        client.Open(_claims, Claims);
        var (line, character) = Position(Claims, "\"north\"", offset: 2);

        var edit = client.Request("textDocument/rename", At(_claims, line, character, new JsonObject { ["newName"] = "north-state" }))!;

        var changes = edit["changes"]!.AsObject();
        Assert.Equal(Apply(Actors, changes[LspClient.UriOf(_actors)]!.AsArray()), Actors.Replace("\"north\"", "\"north-state\""));
        Assert.Equal(Apply(Claims, changes[LspClient.UriOf(_claims)]!.AsArray()), Claims.Replace("\"north\"", "\"north-state\""));
        Assert.Equal(2, changes.Count);

        var taken = Assert.Throws<LspErrorException>(() => client.Request("textDocument/rename", At(_claims, line, character, new JsonObject { ["newName"] = "south" })));
        Assert.Contains("already", taken.Message);
        Assert.Throws<LspErrorException>(() => client.Request("textDocument/rename", At(_claims, line, character, new JsonObject { ["newName"] = "North State" })));
    }

    [Fact]
    public void Go_to_definition_lands_on_the_defining_id()
    {
        using var client = LspClient.Start(_folder);
        client.Open(_claims, Claims);
        var (line, character) = Position(Claims, "\"subject\": \"north\"", offset: "\"subject\": \"".Length + 1);

        var location = client.Request("textDocument/definition", At(_claims, line, character))!;

        Assert.Equal(LspClient.UriOf(_actors), (string)location["uri"]!);
        var (defLine, defCharacter) = Position(Actors, "\"id\": \"north\"", offset: "\"id\": \"".Length);
        Assert.Equal((defLine, defCharacter), ((int)location["range"]!["start"]!["line"]!, (int)location["range"]!["start"]!["character"]!));
        Assert.Equal((defLine, defCharacter + "north".Length), ((int)location["range"]!["end"]!["line"]!, (int)location["range"]!["end"]!["character"]!));
    }

    [Fact]
    public void Hover_on_a_reference_shows_the_referenced_actor()
    {
        using var client = LspClient.Start(_folder);
        client.Open(_claims, Claims);
        var (line, character) = Position(Claims, "\"north\"", offset: 3);

        var hover = client.Request("textDocument/hover", At(_claims, line, character))!;

        var markdown = (string)hover["contents"]!["value"]!;
        Assert.StartsWith("**North** (actor `north`)", markdown);
        Assert.Contains("The northern state", markdown);
    }

    [Fact]
    public void References_list_every_use_of_an_actor_across_files()
    {
        using var client = LspClient.Start(_folder);
        client.Open(_actors, Actors);
        var (line, character) = Position(Actors, "\"id\": \"south\"", offset: "\"id\": \"".Length);

        var withDefinition = client.Request("textDocument/references", At(_actors, line, character, new JsonObject { ["context"] = new JsonObject { ["includeDeclaration"] = true } }))!;
        var usesOnly = client.Request("textDocument/references", At(_actors, line, character, new JsonObject { ["context"] = new JsonObject { ["includeDeclaration"] = false } }))!;

        Assert.Equal(
            [(LspClient.UriOf(_actors), Position(Actors, "\"south\"", offset: 1)), (LspClient.UriOf(_claims), Position(Claims, "[ \"south\"", offset: 3)), (LspClient.UriOf(_claims), Position(Claims, "\"object\": \"south\"", offset: "\"object\": \"".Length))],
            withDefinition.AsArray().Select(Start).ToList());
        Assert.Equal(2, usesOnly.AsArray().Count);
    }

    private static bool IsUnknownReference(JsonNode? diagnostic) => (string?)diagnostic?["code"] == "KB0201";

    private static JsonObject At(string path, int line, int character, JsonObject? more = null)
    {
        var parameters = more ?? new JsonObject();
        parameters["textDocument"] = new JsonObject { ["uri"] = LspClient.UriOf(path) };
        parameters["position"] = new JsonObject { ["line"] = line, ["character"] = character };
        return parameters;
    }

    // Zero-based line and character of the first occurrence of `needle`, moved `offset` characters in.
    private static (int Line, int Character) Position(string text, string needle, int offset = 0)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not in the text");
        index += offset;
        var line = text.Take(index).Count(c => c == '\n');
        return (line, index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1));
    }

    private static (string Uri, (int, int) Start) Start(JsonNode? location) =>
        ((string)location!["uri"]!, ((int)location["range"]!["start"]!["line"]!, (int)location["range"]!["start"]!["character"]!));

    // Applies LSP text edits to a text, last first so earlier positions stay valid.
    private static string Apply(string text, JsonArray edits)
    {
        var lines = text.Split('\n');
        int OffsetOf(JsonNode position) => lines.Take((int)position["line"]!).Sum(l => l.Length + 1) + (int)position["character"]!;
        foreach (var edit in edits.Select(e => e!).OrderByDescending(e => OffsetOf(e["range"]!["start"]!)))
        {
            var start = OffsetOf(edit["range"]!["start"]!);
            var end = OffsetOf(edit["range"]!["end"]!);
            text = text.Substring(0, start) + (string)edit["newText"]! + text.Substring(end);
        }
        return text;
    }
}
