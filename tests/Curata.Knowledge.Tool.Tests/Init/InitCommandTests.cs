using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Curata.Knowledge.Tool.Commands;
using Curata.Knowledge.Tool.Input;
using Curata.Knowledge.Tool.Tests.Support;
using Json.Schema;

namespace Curata.Knowledge.Tool.Tests.Init;

/// <summary><c>init</c> starts a knowledge folder that checks clean, shows every kind of fact, and is wired to the schema.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TemporaryFolder _temporary = new();

    private string Folder => Path.Combine(_temporary.Path, "knowledge");

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void The_new_folder_checks_with_no_diagnostic_and_has_an_example_of_every_kind()
    {
        Assert.Equal(0, InitCommand.Run(Folder, force: false, TextWriter.Null, TextWriter.Null));

        var knowledge = KnowledgeFolder.Load(Folder);

        Assert.Empty(knowledge.Diagnostics);
        var spec = knowledge.Spec;
        Assert.NotEmpty(spec.Sources);
        Assert.NotEmpty(spec.Actors);
        Assert.NotEmpty(spec.Statements);
        Assert.NotEmpty(spec.Events);
        Assert.NotEmpty(spec.Relations);
        Assert.NotEmpty(spec.EventTypes);
        Assert.NotEmpty(spec.ParticipantRoles);
        Assert.NotEmpty(spec.Predicates);
        Assert.Contains(spec.DeclaredFacts, f => f.Kind == "place");
        var declaredKind = Assert.Single(spec.Kinds, k => !k.IsStandard);
        Assert.Contains(spec.DeclaredFacts, f => f.Kind == declaredKind.Id.Id && f.Values.Count >= 2);
        Assert.True(spec.Properties.Count(p => p.Kind.Name == declaredKind.Id.Id) >= 2);
        Assert.Contains(spec.Schemes, s => s.Id.Id != "wikidata");
        Assert.Contains(spec.Sources.Concat<Generators.Model.FactSpec>(spec.Actors), f => f.Ids.Count > 0);
    }

    [Fact]
    public void Every_file_names_the_schema_relative_to_itself_and_validates_against_it()
    {
        InitCommand.Run(Folder, force: false, TextWriter.Null, TextWriter.Null);

        var files = Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories).Where(p => !p.EndsWith(".schema.json")).ToList();
        Assert.Contains(files, f => Path.GetDirectoryName(f) != Folder); // one in a subfolder, so the relative path is exercised
        foreach (var file in files)
        {
            var json = JsonNode.Parse(File.ReadAllText(file))!;
            var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, json["$schema"]!.GetValue<string>()));
            Assert.Equal(Path.Combine(Folder, "schema", "knowledge.schema.json"), schemaPath);
            var result = JsonSchema.FromFile(schemaPath).Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{file}: " + string.Join("; ", result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Fact]
    public void The_schema_written_is_the_format_schema_of_the_repository()
    {
        InitCommand.Run(Folder, force: false, TextWriter.Null, TextWriter.Null);

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "knowledge", "schema", "knowledge.schema.json")),
            File.ReadAllText(Path.Combine(Folder, "schema", "knowledge.schema.json")));
    }

    [Fact]
    public void An_existing_file_is_never_overwritten_without_force_and_nothing_else_is_written()
    {
        var mine = _temporary.Write(Path.Combine("knowledge", "vocabulary.json"), "{ \"eventTypes\": [] }");
        var error = new StringWriter();

        var exitCode = InitCommand.Run(Folder, force: false, TextWriter.Null, error);

        Assert.Equal(2, exitCode);
        Assert.Contains(mine, error.ToString());
        Assert.Contains("--force", error.ToString());
        Assert.Equal("{ \"eventTypes\": [] }", File.ReadAllText(mine));
        Assert.Equal([mine], Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Force_overwrites_the_template_files_and_leaves_other_files_alone()
    {
        var mine = _temporary.Write(Path.Combine("knowledge", "vocabulary.json"), "{ \"eventTypes\": [] }");
        var other = _temporary.Write(Path.Combine("knowledge", "mine.json"), "{}");

        Assert.Equal(0, InitCommand.Run(Folder, force: true, TextWriter.Null, TextWriter.Null));

        Assert.Contains("\"predicates\"", File.ReadAllText(mine));
        Assert.Equal("{}", File.ReadAllText(other));
    }

    [Fact]
    public void The_command_line_refuses_with_exit_code_2()
    {
        _temporary.Write(Path.Combine("knowledge", "declarations.json"), "{}");

        Assert.Equal(2, Program.Main(["init", Folder]));
        Assert.Equal(0, Program.Main(["init", Folder, "--force"]));
    }
}
