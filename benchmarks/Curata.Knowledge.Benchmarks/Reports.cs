using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;
using Curata.Knowledge.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Curata.Knowledge.Benchmarks;

/// <summary>Single-shot measurements outside BenchmarkDotNet: sizes, memory held, and a consumer's <c>dotnet build</c>.</summary>
public static class Reports
{
    /// <summary>
    /// Per size: the JSON, one tokenizing pass, one tracked generator run (with each step's share), what it generated (largest
    /// file, largest member, string literals, widest type), which steps the incremental runs recompute, and, with
    /// <paramref name="compile"/>, one guarded compile.
    /// </summary>
    public static int Sizes(bool compile)
    {
        Console.WriteLine("Single runs, not statistics: use the benchmarks for timings.");
        foreach (var n in Settings.Sizes)
        {
            Console.WriteLine();
            Console.WriteLine($"## {n:N0} facts");
            try
            {
                var stopwatch = Stopwatch.StartNew();
                var workload = Workload.Create(n);
                Console.WriteLine($"synthetic base:   {workload.FileCount} files, {Guard.Megabytes(workload.TotalBytes)} of JSON, made in {Ms(stopwatch)}");

                stopwatch.Restart();
                long tokens = 0;
                foreach (var (_, utf8) in workload.Files)
                {
                    var reader = new Utf8JsonReader(utf8);
                    while (reader.Read()) tokens++;
                }
                Console.WriteLine($"tokenizing:       {tokens:N0} tokens in {Ms(stopwatch)} (first pass, cold)");

                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var pausedBefore = GC.GetTotalPauseDuration();
                var collectionsBefore = GC.CollectionCount(2);
                stopwatch.Restart();
                var (driver, output) = workload.RunGuarded($"generating {n:N0} facts", trackSteps: true);
                var elapsed = stopwatch.Elapsed;
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
                var steps = driver.GetRunResult().Results.Single().TrackedSteps
                    .Select(s => (s.Key, Time: TimeSpan.FromTicks(s.Value.Sum(r => r.ElapsedTime.Ticks))))
                    .OrderByDescending(s => s.Time).ToArray();
                Console.WriteLine($"generator run:    {elapsed.TotalMilliseconds:N0} ms (first run, cold), steps: "
                    + string.Join(", ", steps.Select(s => $"{s.Key} {s.Time.TotalMilliseconds:N0} ms"))
                    + $"; outside the steps (driver, parsing the output) {(elapsed - TimeSpan.FromTicks(steps.Sum(s => s.Time.Ticks))).TotalMilliseconds:N0} ms");
                Console.WriteLine($"generator memory: {Guard.Megabytes(allocated)} allocated ({(double)allocated / workload.TotalBytes:N1} bytes per byte of JSON); "
                    + $"GC paused {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:N0} ms, {GC.CollectionCount(2) - collectionsBefore} full collections");

                // After the cold run, which must come first; its driver's models are held, and count for nothing here.
                Console.WriteLine($"held in a build:  {Guard.Run("measuring what a build holds", _ => BuildHold.Measure(workload))}");
                Console.WriteLine($"generator stages: {Guard.Run("measuring the stages", _ => StageCosts.Measure(workload))}");

                var stats = Guard.Run("measuring the generated code", token => GeneratedCodeStats.Of(CompiledKnowledge.GeneratedTrees(output), token));
                Console.WriteLine($"generated:        {stats.FileCount} files, {stats.TotalChars:N0} characters");
                Console.WriteLine($"largest file:     {stats.LargestFile}: {stats.LargestFileLines:N0} lines, {stats.LargestFileChars:N0} characters");
                Console.WriteLine($"largest member:   {stats.LargestMember}: {stats.LargestMemberLines:N0} lines, {stats.LargestMemberChars:N0} characters");
                Console.WriteLine($"string literals:  {Guard.Megabytes(stats.UserStringHeapBytes)} in the #US heap (limit 16 MB, CS8103); "
                    + $"{Guard.Megabytes(stats.Utf8LiteralBytes)} of u8 literals; {Guard.Megabytes(stats.AttributeStringBytes)} of strings in attributes (#Blob heap)");
                Console.WriteLine($"widest type:      {stats.WidestType}: {stats.WidestTypeMembers:N0} methods (limit 65,535)");

                stopwatch.Restart();
                var freshTexts = workload.FreshTexts();
                var knowledgeDiagnostics = Guard.Run("running the analyzer", token =>
                    Workload.WithAnalyzer(Workload.Compilation(), freshTexts).GetAnalyzerDiagnosticsAsync(token).GetAwaiter().GetResult());
                Console.WriteLine($"analyzer:         {knowledgeDiagnostics.Length} diagnostics in {Ms(stopwatch)}"
                    + string.Concat(knowledgeDiagnostics.Take(3).Select(d => "; " + d)));

                var compilation = Workload.Compilation();
                var unrelated = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace UserCode { class Unrelated { } }", Workload.ParseOptions, path: "Unrelated.cs"));
                Console.WriteLine("incrementality:   " + IncrementalCheck.Describe(workload, compilation, unrelated, workload.EditedFile(revision: 1)));

                if (compile)
                {
                    stats.ThrowIfUncompilable(n);
                    if (stats.LoadProblem(n) is string problem) Console.WriteLine("cannot be loaded: " + problem);
                    stopwatch.Restart();
                    var image = Guard.Run($"compiling {n:N0} facts", token => CompiledKnowledge.Emit(output, token));
                    using var pe = new PEReader(new MemoryStream(image));
                    var userStrings = pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString);
                    Console.WriteLine($"compiled:         {Guard.Megabytes(image.Length)} in {Ms(stopwatch)} (one run, in process); "
                        + $"#US heap {Guard.Megabytes(userStrings)} (estimated {Guard.Megabytes(stats.UserStringHeapBytes)})");
                }
            }
            catch (CaseSkippedException skipped)
            {
                Console.WriteLine(skipped.Message);
            }
        }
        return 0;
    }

    /// <summary>
    /// Per size, in this process: the managed memory held once the JSON is loaded with System.Text.Json (what the application keeps
    /// to answer queries), and once the compiled base has answered its first query; with each side's time to that first answer,
    /// cold (JIT included).
    /// </summary>
    public static int Memory()
    {
        Console.WriteLine("| facts | System.Text.Json: first answer | held | compiled: first answer | held | compiled assembly |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var n in Settings.Sizes)
        {
            var workload = Workload.Create(n);
            var files = workload.Files.Select(f => f.Utf8).ToArray();
            var actorId = StartupBenchmarks.QueriedActor(workload);
            workload = null;

            var before = Settled();
            var stopwatch = Stopwatch.StartNew();
            var loaded = files.Select(f => JsonSerializer.Deserialize(f, KnowledgeJsonContext.Default.KnowledgeFileJson)!).ToArray();
            var speaker = loaded.SelectMany(f => f.Actors ?? []).First(a => a.Id == actorId).Id;
            _ = loaded.SelectMany(f => f.Statements ?? []).First(s => s.Speaker == speaker).Text;
            var jsonTime = stopwatch.Elapsed;
            var jsonHeld = Settled() - before;
            GC.KeepAlive(loaded);
            loaded = null;

            string compiled;
            try
            {
                var image = CompiledKnowledge.Get(n);
                var knowledge = CompiledKnowledge.Load(image, collectible: false);
                before = Settled();
                stopwatch.Restart();
                var graph = knowledge.Graph();
                graph.TryGet<Actor>(actorId, out var actor);
                _ = actor!.Statements[0].Text;
                var time = stopwatch.Elapsed;
                var held = Settled() - before;
                GC.KeepAlive(graph);
                compiled = $"{time.TotalMilliseconds:N1} ms | {Guard.Megabytes(held)} | {Guard.Megabytes(image.Length)}";
            }
            catch (CaseSkippedException skipped)
            {
                compiled = $"skipped | | {skipped.Message}";
            }
            Console.WriteLine($"| {n:N0} | {jsonTime.TotalMilliseconds:N1} ms | {Guard.Megabytes(jsonHeld)} | {compiled} |");
        }
        return 0;
    }

    /// <summary>
    /// Per size: a consumer project outside this repository (the runtime library and the generator referenced as built here,
    /// the package's props imported, <c>KnowledgeTypedMembers</c> from <c>--typed-members</c>) built with
    /// <c>dotnet build -c Release</c> (<c>CscEnvironment</c> from <c>--csc-environment</c>): first build, after one knowledge file was edited, with nothing changed, and after a C#
    /// edit; then, in the same run, the same console app without the package after the same C# edit, and the ratio of the
    /// knowledge edit's build to that.
    /// </summary>
    public static int Consumer()
    {
        var bin = AppContext.BaseDirectory;
        var props = Path.Combine(RepositoryRoot(), "src", "Curata.Knowledge", "build", "Curata.Knowledge.props");
        var plain = PlainAppAfterCSharpEdit();
        var typed = Settings.TypedMembers is { } members ? $"<KnowledgeTypedMembers>{members}</KnowledgeTypedMembers>" : "";
        var environment = Settings.CscEnvironment is { } variables ? $"<CscEnvironment>{variables}</CscEnvironment>" : "";
        var generator = GeneratorAssembly(bin);
        Console.WriteLine($"KnowledgeTypedMembers: {Settings.TypedMembers ?? "(default)"}; CscEnvironment: {Settings.CscEnvironment ?? "(none)"}; "
            + $"compiler: {(Settings.CompilerServer ? "the compiler server" : "a process per build")}; generator: {Path.GetRelativePath(bin, generator)}; "
            + $"a console app without the package, after a C# edit: {plain.Text}");
        Console.WriteLine("| facts | first build (restore included) | after a knowledge edit | no change | after a C# edit | knowledge edit / plain app's C# edit |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var n in Settings.Sizes)
        {
            var folder = Path.Combine(Path.GetTempPath(), "curata-knowledge-consumer", n.ToString(CultureInfo.InvariantCulture));
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{props}" />
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <RootNamespace>Consumer</RootNamespace>
                    <Nullable>enable</Nullable>
                    {typed}
                    {environment}
                  </PropertyGroup>
                  <ItemGroup>
                    <Reference Include="Curata.Knowledge" HintPath="{Path.Combine(bin, "Curata.Knowledge.dll")}" />
                    <Analyzer Include="{generator}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(Consumer.KnowledgeBase.Graph.Actors.Count);\n");
            var paths = SyntheticKnowledge.WriteTo(Path.Combine(folder, "knowledge"), n, Settings.Files, Settings.Seed);

            var first = Build(folder, restore: true);
            var last = paths[paths.Count - 1];
            File.WriteAllText(last, SyntheticKnowledge.Edit(File.ReadAllText(last), revision: 1));
            var edited = first.Ok ? Build(folder, restore: false) : NotRun;
            var unchanged = edited.Ok ? Build(folder, restore: false) : NotRun;
            EditCSharp(folder);
            var csharp = unchanged.Ok ? Build(folder, restore: false) : NotRun;
            var ratio = edited.Ok && plain.Ok ? (edited.Seconds / plain.Seconds).ToString("F1", CultureInfo.InvariantCulture) + "×" : "";
            Console.WriteLine($"| {n:N0} | {first.Text} | {edited.Text} | {unchanged.Text} | {csharp.Text} | {ratio} |");
        }
        if (Settings.CompilerServer) ShutDownCompilerServer();
        return 0;
    }

    // The generator as the package's targets would hand it to this platform's compiler: the ReadyToRun image the build
    // copied beside the IL (ready-to-run/<rid>/), unless --generator-il asks for the IL or there is none.
    private static string GeneratorAssembly(string bin)
    {
        var il = Path.Combine(bin, "Curata.Knowledge.Generators.dll");
        var image = Path.Combine(bin, "ready-to-run", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "Curata.Knowledge.Generators.dll");
        return !Settings.GeneratorIL && File.Exists(image) ? image : il;
    }

    // A console app with nothing of this package, built once, then again after the C# edit the consumer gets: the floor a
    // build after an edit is compared with.
    private static (bool Ok, string Text, double Seconds) PlainAppAfterCSharpEdit()
    {
        var folder = Path.Combine(Path.GetTempPath(), "curata-knowledge-consumer", "plain");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Plain.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(1);\n");
        if (!Build(folder, restore: true).Ok) return (false, "failed", 0);
        EditCSharp(folder);
        return Build(folder, restore: false);
    }

    // The server outlives the builds; it goes with the report, so the next run starts from none.
    private static void ShutDownCompilerServer()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", "build-server shutdown") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.WaitForExit();
    }

    private static void EditCSharp(string folder) =>
        File.AppendAllText(Path.Combine(folder, "Program.cs"), "static partial class Edited { }\n");

    private static readonly (bool Ok, string Text, double Seconds) NotRun = (false, "not run", 0);

    private static (bool Ok, string Text, double Seconds) Build(string folder, bool restore)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", "-c", "Release", "-nologo", "-v:q" }) start.ArgumentList.Add(argument);
        if (!restore) start.ArgumentList.Add("--no-restore");
        if (Settings.CompilerServer) start.ArgumentList.Add("-p:UseSharedCompilation=true");
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Settings.Timeout))
        {
            process.Kill(entireProcessTree: true);
            return (false, $"stopped after {Settings.Timeout.TotalSeconds:F0} s", 0);
        }
        process.WaitForExit();
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        var seconds = elapsed.ToString("F1", CultureInfo.InvariantCulture) + " s";
        if (process.ExitCode == 0) return (true, seconds, elapsed);
        var errors = output.ToString().Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(3);
        return (false, $"failed after {seconds}: {string.Join(" / ", errors).Trim()}", elapsed);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Knowledge.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Knowledge.sln not found above " + AppContext.BaseDirectory);
    }

    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Ms(Stopwatch stopwatch) => stopwatch.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
