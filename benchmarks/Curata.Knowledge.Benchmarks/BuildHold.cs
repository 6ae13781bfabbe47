using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// What a build's compiler still holds of a knowledge base once the generator and the analyzer have run, run as the compiler
/// runs them: the files' texts kept all build, the driver dropped once it has generated, the analyzer's registrations kept
/// until the compilation ends. Beyond the texts, this is what the compiler carries through compiling and emitting.
/// </summary>
internal static class BuildHold
{
    public static string Measure(Workload workload)
    {
        KnowledgeBaseChecker.ForgetLastCheck();
        WrittenFactTable.Forget();
        var texts = workload.FreshTexts();
        foreach (var text in texts) text.GetText();
        var withTexts = GC.GetTotalMemory(forceFullCollection: true);
        var (output, generatedChars) = Generate(workload, texts);
        var afterGenerator = GC.GetTotalMemory(forceFullCollection: true) - withTexts;
        var analyzed = Analyze(output, texts);
        var afterAnalyzer = GC.GetTotalMemory(forceFullCollection: true) - withTexts;
        GC.KeepAlive(analyzed);
        GC.KeepAlive(texts);
        return $"{Guard.Megabytes(afterGenerator)} once generated, {Guard.Megabytes(afterAnalyzer)} once analyzed "
            + $"(the texts not counted; the generated code, {generatedChars:N0} characters, counted)";
    }

    // Each in a frame of its own, so that nothing but what it returns outlives it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Compilation Output, long GeneratedChars) Generate(Workload workload, ImmutableArray<AdditionalText> texts)
    {
        workload.Driver().ReplaceAdditionalTexts(texts).RunGeneratorsAndUpdateCompilation(Workload.Compilation(), out var output, out _);
        return (output, output.SyntaxTrees.Skip(1).Sum(tree => (long)tree.Length));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CompilationWithAnalyzers Analyze(Compilation output, ImmutableArray<AdditionalText> texts)
    {
        var analyzed = Workload.WithAnalyzer(output, texts);
        analyzed.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return analyzed;
    }
}
