using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// (d) Compiling what the generator emitted, as the consumer's build does after the generator ran: a fresh compilation of the
/// consumer's code plus the generated trees (already parsed by the generator run), emitted to memory with optimisations on.
/// A size the compiler cannot take (CS8103, too many members, over the time or memory limits) is skipped.
/// The sizes of what is compiled (largest file, largest method) are printed by <c>-- sizes</c>, outside the timings.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private SyntaxTree[] _trees = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Settings.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        try
        {
            var workload = Workload.Create(N);
            var (_, output) = workload.RunGuarded($"generating {N:N0} facts");
            _trees = output.SyntaxTrees.ToArray();
            var stats = Guard.Run("measuring the generated code", token => GeneratedCodeStats.Of(CompiledKnowledge.GeneratedTrees(output), token));
            Console.WriteLine($"// generated: {stats.FileCount} files, {Guard.Megabytes(stats.TotalChars * 2)} of text; largest file {stats.LargestFile} "
                + $"({stats.LargestFileLines:N0} lines); largest member {stats.LargestMember} ({stats.LargestMemberLines:N0} lines)");
            stats.ThrowIfUncompilable(N);
            if (stats.LoadProblem(N) is string problem) Console.WriteLine("// compiled, but cannot be loaded: " + problem);
            var image = Guard.Run($"compiling {N:N0} facts", token => CompiledKnowledge.Emit(Compilation(), token));
            Console.WriteLine($"// compiled: {Guard.Megabytes(image.Length)} assembly");
        }
        catch (CaseSkippedException skipped)
        {
            Guard.Report(skipped, $"{nameof(CompileBenchmarks)}(N={N})");
            throw;
        }
    }

    [Benchmark]
    public long Emit()
    {
        using var stream = new MemoryStream();
        var result = Compilation().Emit(stream);
        if (!result.Success) throw new InvalidOperationException("The generated code no longer compiles.");
        return stream.Length;
    }

    private CSharpCompilation Compilation() =>
        CSharpCompilation.Create("UserProject", _trees, Workload.References, Workload.CompilationOptions);
}
