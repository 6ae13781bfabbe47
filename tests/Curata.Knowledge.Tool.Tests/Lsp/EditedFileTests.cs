using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Tool.Lsp;
using Curata.Knowledge.Tool.Tests.Support;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Tool.Tests.Lsp;

/// <summary>
/// The language server's early answer for an edited file (<see cref="CheckedSnapshot.EditedFile"/>) against the full check
/// of the edited base, over edits of every fact of the example bases: a reference broken, a date moved, a text reworded, the
/// citations removed. Inside the edited fact the early answer is the full check's for every rule that judges the fact by
/// itself and what it names; elsewhere in the file it is the last full check's, moved with the text.
/// </summary>
public sealed class EditedFileTests
{
    public static TheoryData<string> ExampleBases() => new() { "seed", "conflict-events", "apollo-13" };

    [Theory]
    [MemberData(nameof(ExampleBases))]
    public void Inside_an_edited_fact_the_early_answer_is_the_full_checks(string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "knowledge", name);
        var edits = 0;
        var found = new List<string>();
        foreach (var path in Directory.GetFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            var workspace = KnowledgeWorkspace.Load(folder);
            var before = workspace.Snapshot();
            var last = new CheckedSnapshot(before, before.Check(CancellationToken.None));
            var text = File.ReadAllText(path);
            foreach (var (edited, start, end) in Edits(text))
            {
                workspace.SetText(path, SourceText.From(edited), isOpen: true);
                var now = workspace.Snapshot();
                var early = last.EditedFile(now, path, CancellationToken.None);
                Assert.True(early != null, $"no early answer for an edit at {start} in {Path.GetFileName(path)}");
                var full = now.Check(CancellationToken.None).Diagnostics.Where(d => d.Location?.Path == path);
                var expected = Inside(full, start, end).ToList();
                Assert.Equal(expected, Inside(early!, start, end));
                found.AddRange(expected.Select(d => d.Id));
                edits++;
            }
        }
        // Not vacuous: the edits broke things, and in several ways.
        Assert.True(edits > 100, $"only {edits} edits in {name}");
        Assert.True(found.Count > edits / 4, $"only {found.Count} diagnostics over {edits} edits");
        Assert.True(found.Distinct().Count() >= 4, "diagnostics found: " + string.Join(", ", found.Distinct()));
    }

    [Theory]
    [MemberData(nameof(ExampleBases))]
    public void A_syntax_error_inside_one_fact_is_answered_with_the_errors_the_full_check_reports(string name)
    {
        var folder = Path.Combine(RepositoryRoot.Path, "knowledge", name);
        var (edits, answered) = (0, 0);
        foreach (var path in Directory.GetFiles(folder, "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            var workspace = KnowledgeWorkspace.Load(folder);
            var before = workspace.Snapshot();
            var last = new CheckedSnapshot(before, before.Check(CancellationToken.None));
            var text = File.ReadAllText(path);
            foreach (var (edited, fact) in SyntaxErrors(text))
            {
                workspace.SetText(path, SourceText.From(edited), isOpen: true);
                var now = workspace.Snapshot();
                var early = last.EditedFile(now, path, CancellationToken.None);
                edits++;
                if (early == null) continue; // the damage reached beyond the fact: the full check answers
                answered++;
                var full = now.Check(CancellationToken.None).Diagnostics.Where(d => d.Location?.Path == path).ToList();
                Assert.Equal(full.Where(IsSyntaxError), early.Where(IsSyntaxError));
                Assert.Equal(Inside(full, fact.Start, fact.End), Inside(early, fact.Start, fact.End));
            }
        }
        Assert.True(answered > edits / 2, $"only {answered} of {edits} broken facts answered early in {name}");
    }

    [Fact]
    public void The_rest_of_the_file_keeps_the_last_checks_diagnostics_moved_with_the_text()
    {
        using var folder = new TemporaryFolder();
        const string text = """
            {
              "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ],
              "actors": [
                { "id": "north", "kind": "state", "name": "North", "sources": [ { "source": "paper" } ] },
                { "id": "south", "kind": "state", "name": "South", "sources": [ { "source": "ghost" } ] }
              ]
            }
            """;
        var path = folder.Write("actors.json", text);
        var workspace = KnowledgeWorkspace.Load(folder.Path);
        var before = workspace.Snapshot();
        var last = new CheckedSnapshot(before, before.Check(CancellationToken.None));
        Assert.Contains(last.Checked.Diagnostics, d => d.Id == DiagnosticDescriptors.Unreferenced.Id); // nothing names north or south

        // Typed in north's name: the file gains a line before south's citation; north itself is still unreferenced.
        var edited = text.Replace("\"North\"", "\"North,\\nthe northern state\"").Replace("\"name\": \"North,", "\"name\":\n \"North,");
        workspace.SetText(path, SourceText.From(edited), isOpen: true);
        var now = workspace.Snapshot();
        var early = last.EditedFile(now, path, CancellationToken.None);

        var full = now.Check(CancellationToken.None).Diagnostics.Where(d => d.Location?.Path == path);
        Assert.Equal(full, early);
    }

    [Fact]
    public void An_edit_across_facts_to_a_new_id_or_to_the_files_shape_is_left_to_the_full_check()
    {
        using var folder = new TemporaryFolder();
        const string text = """
            { "actors": [ { "id": "north", "name": "North" }, { "id": "south", "name": "South" } ] }
            """;
        var path = folder.Write("actors.json", text);
        var workspace = KnowledgeWorkspace.Load(folder.Path);
        var before = workspace.Snapshot();
        var last = new CheckedSnapshot(before, before.Check(CancellationToken.None));

        var edits = new[]
        {
            text.Replace("North", "N").Replace("South", "S"), // two facts
            text.Replace("\"north\"", "\"east\""), // a new id
            text.Replace("}, {", "} {"), // a syntax error between facts
            text.Replace("\"North\"", "\"North"), // a syntax error inside one
            text.Replace("\"North\"", "\"North\" }, { \"id\": \"west\", \"name\": \"West\""), // one fact made two, each valid
        };
        foreach (var edited in edits)
        {
            workspace.SetText(path, SourceText.From(edited), isOpen: true);
            Assert.Null(last.EditedFile(workspace.Snapshot(), path, CancellationToken.None));
        }
    }

    private static bool IsSyntaxError(DiagnosticInfo diagnostic) => diagnostic.Id == DiagnosticDescriptors.MalformedJson.Id;

    private static IEnumerable<DiagnosticInfo> Inside(IEnumerable<DiagnosticInfo> diagnostics, int start, int end) =>
        diagnostics.Where(d => d.Location!.Value.Start >= start && d.Location.Value.Start < end && !EditedFactCheck.WholeBaseRules.Contains(d.Id));

    // Each edit of one fact, with the span of that fact's object in the edited text. Up to three of its values are changed
    // one at a time (an id-like value gets a suffix, a date goes back a century or more, a longer text is reworded), and its
    // citations are removed.
    private static IEnumerable<(string Text, int Start, int End)> Edits(string text)
    {
        foreach (var fact in FactObjects(text))
        {
            var values = fact.Properties.Where(p => p.Name != "id").SelectMany(p => Strings(p.Value)).Take(3);
            foreach (var value in values)
            {
                var written = value.String!;
                var replacement = Names.IsValidId(written) ? written + "-x"
                    : written.Length >= 4 && char.IsDigit(written[0]) && char.IsDigit(written[3]) ? "1900"
                    : "Words nobody wrote down";
                var quoted = "\"" + replacement + "\"";
                yield return (text.Substring(0, value.Start) + quoted + text.Substring(value.End), fact.Start, fact.End + quoted.Length - (value.End - value.Start));
            }
            var citations = fact.Properties.ToList().FindIndex(p => p.Name == "sources");
            if (citations > 0)
            {
                // From the end of the property before to the end of the citations: the comma before them goes with them.
                var from = fact.Properties[citations - 1].Value.End;
                var to = fact.Properties[citations].Value.End;
                yield return (text.Remove(from, to - from), fact.Start, fact.End - (to - from));
            }
        }
    }

    // Each fact broken as typing breaks it (a property's colon not yet typed, a string's closing quote not yet typed, a comma
    // too many), with the span of the fact's object before the edit: the broken text ends no later than that.
    private static IEnumerable<(string Text, JsonValue Fact)> SyntaxErrors(string text)
    {
        foreach (var fact in FactObjects(text))
        {
            yield return (text.Remove(text.IndexOf(':', fact.Properties[0].NameEnd), 1), fact);
            var last = fact.Properties[^1].Value;
            if (last.Kind == JsonKind.String) yield return (text.Remove(last.End - 1, 1), fact);
            yield return (text.Insert(fact.Properties[0].Value.End, ","), fact);
        }
    }

    private static IEnumerable<JsonValue> FactObjects(string text) =>
        JsonParser.Parse(text).Root.Properties
            .Where(p => KnowledgeFileReader.IsFactSection(p.Name))
            .SelectMany(p => p.Value.Items.Where(item => item.Kind == JsonKind.Object));

    private static IEnumerable<JsonValue> Strings(JsonValue node) => node.Kind switch
    {
        JsonKind.String => new[] { node },
        JsonKind.Array => node.Items.SelectMany(Strings),
        JsonKind.Object => node.Properties.SelectMany(p => Strings(p.Value)),
        _ => Enumerable.Empty<JsonValue>(),
    };
}
