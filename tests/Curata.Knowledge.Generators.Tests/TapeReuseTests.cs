using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// The reader parses each file onto a tape whose arrays come from the shared array pools (or, for a huge text, from the arrays
/// huge texts' tapes left, kept weakly), so the next file read takes over the arrays of a file read before. Whatever they
/// held (a longer file, whose characters still fill the buffer past the new text's end; a file with more values; a damaged
/// one), a file reads exactly as it reads on new arrays of its own size.
/// </summary>
public sealed class TapeReuseTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_reads_the_same_whatever_its_rented_arrays_held_before(bool huge)
    {
        var files = Directory.GetFiles(RepositoryPaths.Knowledge, "*.json", SearchOption.AllDirectories)
            .Where(KnowledgeFiles.IsKnowledgeFile)
            .OrderByDescending(path => new FileInfo(path).Length)
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .ToList();
        Assert.True(files.Count >= 10);
        var longest = files[0];
        // Each file, then each file cut short at three places (which leaves it unclosed: a syntax error at the end of the
        // text, where the longer file read before goes on in the buffer), then the longest file again.
        var texts = new List<(string Path, string Text)>();
        foreach (var file in files)
        {
            texts.Add(file);
            foreach (var fraction in new[] { 0.25, 0.5, 0.9 }) texts.Add((file.Path, file.Text.Substring(0, (int)(file.Text.Length * fraction))));
            texts.Add(longest);
        }

        var afresh = texts.Select(ReadOnNewArrays).ToList();
        var inTurn = texts.Select(text => huge ? ReadOnHugeArrays(text) : Read(text)).ToList();

        Assert.Equal(texts.Count, inTurn.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(afresh[i], inTurn[i]);
            Assert.Equal(afresh[i].Diagnostics, inTurn[i].Diagnostics);
        }
        Assert.Contains(inTurn, spec => spec.Diagnostics.Any(d => d.Id == "KB0001"));
    }

    // As the generator reads: on rented arrays, which the file read before gave back.
    private static KnowledgeFileSpec Read((string Path, string Text) file) =>
        KnowledgeFileReader.Read(file.Path, SourceText.From(file.Text), CancellationToken.None);

    private static KnowledgeFileSpec ReadOnNewArrays((string Path, string Text) file) => ReadOn(file, JsonTape.Allocate);

    // As the generator reads a file of more than 8 million characters; these are smaller, but take the same arrays.
    private static KnowledgeFileSpec ReadOnHugeArrays((string Path, string Text) file) => ReadOn(file, JsonTape.RentHuge);

    private static KnowledgeFileSpec ReadOn((string Path, string Text) file, System.Func<int, JsonTape> tape)
    {
        var text = SourceText.From(file.Text);
        using var parsed = KnowledgeFileReader.Parse(text, tape(text.Length), CancellationToken.None);
        return KnowledgeFileReader.Read(file.Path, parsed, isStandard: false, CancellationToken.None);
    }
}
