using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// BenchmarkDotNet's command line (<c>--filter '*' --job short</c>, ...), plus this program's own options and modes:
/// <list type="bullet">
/// <item><c>--n 1000,10000</c>: the sizes to run (default 1000, 10000, 100000, 1000000); <c>--files 16</c>: files per base; <c>--typed-members all</c>: the consumer's <c>KnowledgeTypedMembers</c>; <c>--csc-environment DOTNET_TieredPGO=0</c>: its <c>CscEnvironment</c>; <c>--compiler-server</c>: build it through the compiler server; <c>--generator-il</c>: give its compiler the generator's IL build rather than this platform's ReadyToRun image.</item>
/// <item><c>sizes [--compile]</c>: input and generated code sizes, generator steps, incrementality (and compile time), per size.</item>
/// <item><c>memory</c>: memory held after loading the JSON with System.Text.Json and after the compiled base's first query.</item>
/// <item><c>export</c>: read, check and export the synthetic base in every format of <c>curata-knowledge export</c>, timed once per size.</item>
/// <item><c>consumer</c>: <c>dotnet build</c> of a consumer project: first build, after editing one knowledge file, with no change.</item>
/// <item><c>lsp-latency</c>: the language server's answers to an edit and to completion, through a client over stdio (LspLatency).</item>
/// <item><c>write FOLDER</c>: write the synthetic base of the first size to a folder, to look at it.</item>
/// <item><c>clean</c>: forget compiled bases and skip decisions kept between runs.</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--n" && i + 1 < args.Length) Environment.SetEnvironmentVariable(Settings.SizesVariable, args[++i]);
            else if (args[i] == "--files" && i + 1 < args.Length) Environment.SetEnvironmentVariable(Settings.FilesVariable, args[++i]);
            else if (args[i] == "--typed-members" && i + 1 < args.Length) Environment.SetEnvironmentVariable(Settings.TypedMembersVariable, args[++i]);
            else if (args[i] == "--csc-environment" && i + 1 < args.Length) Environment.SetEnvironmentVariable(Settings.CscEnvironmentVariable, args[++i]);
            else if (args[i] == "--compiler-server") Environment.SetEnvironmentVariable(Settings.CompilerServerVariable, "1");
            else if (args[i] == "--generator-il") Environment.SetEnvironmentVariable(Settings.GeneratorILVariable, "1");
            else rest.Add(args[i]);
        }

        switch (rest.FirstOrDefault())
        {
            case "sizes":
                return Reports.Sizes(compile: rest.Contains("--compile"));
            case "memory":
                return Reports.Memory();
            case "export":
                return ExportReport.Run();
            case "consumer":
                return Reports.Consumer();
            case "lsp-latency":
                return LspLatency.Run();
            case "write" when rest.Count > 1:
                foreach (var n in Settings.Sizes.Take(1))
                {
                    var paths = Synthetic.SyntheticKnowledge.WriteTo(rest[1], n, Settings.Files, Settings.Seed);
                    Console.WriteLine($"Wrote {n:N0} facts in {paths.Count} files to {Path.GetFullPath(rest[1])}");
                }
                return 0;
            case "clean":
                Directory.Delete(Settings.CacheFolder, recursive: true);
                Console.WriteLine($"Deleted {Settings.CacheFolder}");
                return 0;
        }

        if (File.Exists(Guard.SkipLog)) File.Delete(Guard.SkipLog);
        Console.WriteLine($"Sizes: {string.Join(", ", Settings.Sizes)} facts, {Settings.Files} files each; limits per guarded step: "
            + $"{Settings.Timeout.TotalSeconds:F0} s, {Guard.Gigabytes(Settings.MemoryBudgetBytes)}; cache: {Settings.CacheFolder}");
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray());
        if (File.Exists(Guard.SkipLog))
        {
            Console.WriteLine();
            Console.WriteLine("Skipped cases (NA in the tables above):");
            foreach (var line in File.ReadAllLines(Guard.SkipLog).Distinct()) Console.WriteLine("  " + line);
        }
        return 0;
    }
}
