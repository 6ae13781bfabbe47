using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Curata.Knowledge.Tool.Export;
using Curata.Knowledge.Tool.Input;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// <c>export</c> mode: for each size, writes the synthetic base, reads and checks it as <c>curata-knowledge export</c> does,
/// then exports it in every format, timing each step once (wall clock, after a warm-up export of a small base so the JIT is
/// not measured) and reporting the output's size. One run, not a statistical benchmark: the steps take seconds, and the
/// question is whether 100,000 facts export in a few of them.
/// </summary>
internal static class ExportReport
{
    public static int Run()
    {
        Warm();
        Console.WriteLine("| facts | step | seconds | output |");
        Console.WriteLine("|---:|---|---:|---:|");
        foreach (var n in Settings.Sizes)
        {
            var folder = Directory.CreateTempSubdirectory("curata-export-bench-").FullName;
            try
            {
                Synthetic.SyntheticKnowledge.WriteTo(Path.Combine(folder, "knowledge"), n, Settings.Files, Settings.Seed);
                var clock = Stopwatch.StartNew();
                var knowledge = KnowledgeFolder.Load(Path.Combine(folder, "knowledge"));
                Console.WriteLine($"| {n:N0} | read and check | {clock.Elapsed.TotalSeconds:F2} | {knowledge.ErrorCount} errors |");
                foreach (var format in Enum.GetValues<ExportFormat>())
                {
                    var output = Path.Combine(folder, "out." + format.ToString().ToLowerInvariant());
                    clock.Restart();
                    var paths = KnowledgeExporter.Write(knowledge.Spec, format, output, new ExportOptions());
                    var seconds = clock.Elapsed.TotalSeconds;
                    var bytes = paths.Sum(p => new FileInfo(p).Length);
                    Console.WriteLine($"| {n:N0} | {format.ToString().ToLowerInvariant()} | {seconds:F2} | {bytes / 1048576.0:F1} MB{(paths.Count > 1 ? $" in {paths.Count} files" : "")} |");
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        return 0;
    }

    private static void Warm()
    {
        var folder = Directory.CreateTempSubdirectory("curata-export-warm-").FullName;
        try
        {
            Synthetic.SyntheticKnowledge.WriteTo(Path.Combine(folder, "knowledge"), 1_000, 4, Settings.Seed);
            var knowledge = KnowledgeFolder.Load(Path.Combine(folder, "knowledge"));
            foreach (var format in Enum.GetValues<ExportFormat>())
                KnowledgeExporter.Write(knowledge.Spec, format, Path.Combine(folder, "out." + format), new ExportOptions());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
