using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// The reader parses each file onto a tape whose buffers the next file read on the same thread takes over. Whatever the
/// thread read before (a longer file, whose characters still fill the buffer past the new text's end; a file with more
/// values; a damaged one), a file reads exactly as it reads on a thread that never read anything.
/// </summary>
public sealed class TapeReuseTests
{
    [Fact]
    public void A_file_reads_the_same_whatever_was_read_before_it_on_the_thread()
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

        var afresh = texts.Select(t => Task.Factory.StartNew(() => Read(t), TaskCreationOptions.LongRunning).Result).ToList();
        var inTurn = new List<KnowledgeFileSpec>();
        var thread = new Thread(() => inTurn.AddRange(texts.Select(Read)));
        thread.Start();
        thread.Join();

        Assert.Equal(texts.Count, inTurn.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(afresh[i], inTurn[i]);
            Assert.Equal(afresh[i].Diagnostics, inTurn[i].Diagnostics);
        }
        Assert.Contains(inTurn, spec => spec.Diagnostics.Any(d => d.Id == "KB0001"));
    }

    private static KnowledgeFileSpec Read((string Path, string Text) file) =>
        KnowledgeFileReader.Read(file.Path, SourceText.From(file.Text), CancellationToken.None);
}
