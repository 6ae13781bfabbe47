using System;
using System.IO;
using System.Linq;
using Curata.Knowledge.Tool.Input;
using Curata.Knowledge.Tool.Output;

namespace Curata.Knowledge.Tool.Tests.Check;

/// <summary><c>check</c> reads a folder as the build does and reports its problems in the compiler's words.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("curata-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_clean_folder_has_no_diagnostic_and_a_broken_reference_is_one_located_error()
    {
        File.WriteAllText(Path.Combine(_folder, "facts.json"), """
            {
              "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper" } ],
              "actors": [ { "id": "north", "kind": "state", "name": "North", "sources": [ { "source": "paper" } ] } ],
              "statements": [ { "id": "s", "speaker": "nort", "mode": "paraphrase", "text": "Said.", "sources": [ { "source": "paper" } ] } ]
            }
            """);

        var knowledge = KnowledgeFolder.Load(_folder);

        var path = Path.Combine(_folder, "facts.json");
        Assert.Equal([$"{path}(4,43): error KB0201: No actor has the id 'nort'; did you mean 'north'?"],
            knowledge.Diagnostics.Select(CompilerLines.Format).Where(l => !l.Contains("KB0601")));
        Assert.Equal(1, knowledge.ErrorCount);
    }

    [Fact]
    public void Build_output_folders_are_not_knowledge()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "obj"));
        File.WriteAllText(Path.Combine(_folder, "obj", "project.assets.json"), "{ \"version\": 3 }");

        var knowledge = KnowledgeFolder.Load(_folder);

        Assert.Empty(knowledge.Diagnostics);
    }
}
