using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Generators.Tests.Support;
using Curata.Knowledge.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// How long the models of a knowledge base live once read: as long as a reader still needs them, and no longer. A build's
/// compiler keeps the files' texts to the end, so a model kept for as long as its text would stay through compiling and
/// emitting, which at a million facts is gigabytes.
/// </summary>
[Collection(nameof(ModelHoldTests))]
public sealed class ModelHoldTests
{
    private static readonly ImmutableArray<AdditionalText> Texts = SyntheticKnowledge.Create(600, 6, seed: 5)
        .Select(f => (AdditionalText)new InMemoryAdditionalText("/hold/" + f.Path, f.Text)).ToImmutableArray();

    [Fact]
    public void In_a_build_the_models_outlive_the_generator_until_the_analyzer_takes_its_check_then_go()
    {
        var compilation = KnowledgeHarness.Compilation();
        var (output, model, checkedBase) = RunGeneratorAndDropDriver(compilation);

        Collect();
        Assert.True(IsAlive(model), "the generator's models went before the analyzer took them");

        // The compiler keeps the analyzer's registrations until the compilation ends: they must not keep the base.
        var analyzed = Analyze(output);
        Collect();
        Assert.False(IsAlive(model), "the models stayed once the analyzer had taken the check");
        Assert.False(IsAlive(checkedBase), "the checked base stayed once the analyzer had taken it");
        GC.KeepAlive(analyzed);
    }

    [Fact]
    public void The_analyzer_alone_keeps_its_models_and_check_for_its_next_pass()
    {
        var model = AnalyzeAlone();

        Collect();
        Assert.True(model.TryGetTarget(out var kept), "the analyzer's models went before its next pass");
        Assert.Same(kept, KnowledgeFiles.Read(Texts[0], default));
    }

    [Fact]
    public void The_generators_read_ahead_outlives_a_collection_before_its_per_file_steps_take_the_models()
    {
        var model = ReadAhead();

        Collect();
        Assert.True(model.TryGetTarget(out var kept), "the models read ahead went before the per-file steps took them");
        Assert.Same(kept, KnowledgeFiles.Read(Texts[0], default));
    }

    // Each step in its own frame, so that no local of the test keeps what it made alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (Compilation Output, WeakReference<KnowledgeFileSpec> Model, WeakReference<KnowledgeBaseSpec> Checked) RunGeneratorAndDropDriver(Compilation compilation)
    {
        KnowledgeHarness.Driver(Texts).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var models = KnowledgeFiles.ReadAll(Texts, default);
        var checkedBase = KnowledgeBaseChecker.Check(models, [], default, BaseReader.Generator);
        return (output, new WeakReference<KnowledgeFileSpec>(models[0]), new WeakReference<KnowledgeBaseSpec>(checkedBase));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CompilationWithAnalyzers Analyze(Compilation output)
    {
        var analyzed = KnowledgeHarness.Analyzed(output, Texts);
        analyzed.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return analyzed;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<KnowledgeFileSpec> AnalyzeAlone()
    {
        KnowledgeHarness.RunAnalyzer(KnowledgeHarness.Compilation(), Texts);
        return new WeakReference<KnowledgeFileSpec>(KnowledgeFiles.Read(Texts[0], default));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<KnowledgeFileSpec> ReadAhead()
    {
        KnowledgeFiles.ReadAhead(Texts, default);
        return new WeakReference<KnowledgeFileSpec>(KnowledgeFiles.Read(Texts[0], default));
    }

    // Asked in a frame of its own too: the target an `out` argument receives would stay on the test's frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsAlive<T>(WeakReference<T> target) where T : class => target.TryGetTarget(out _);

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

/// <summary>Runs <see cref="ModelHoldTests"/> alone: another test's reading or check in between would replace what is held.</summary>
[CollectionDefinition(nameof(ModelHoldTests), DisableParallelization = true)]
public sealed class ModelHoldCollection;
