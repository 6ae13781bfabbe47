using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Curata.Knowledge.Generators;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// The generator on the same bytes, against the floor of reading them: tokenizing every file with Utf8JsonReader and nothing
/// else (a), a full run through CSharpGeneratorDriver: read, check, emit (b), the incremental runs an editor and a build cause
/// (c), and the analyzer's own pass over the knowledge files, which a consumer's build also pays.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private Workload _workload = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _unrelatedEdit = null!;
    private GeneratorDriver _ran = null!;
    private GeneratorDriver _ranInEditor = null!;
    private AdditionalText _inEditor = null!;
    private (AdditionalText Old, AdditionalText New) _edit;
    // A second edit of the same file, and which of the two the next measured run makes.
    private (AdditionalText Old, AdditionalText New) _otherEdit;
    private int _edits;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Settings.Sizes;

    [GlobalSetup(Target = nameof(Floor_Utf8JsonReader))]
    public void Setup()
    {
        _workload = Workload.Create(N);
        _compilation = Workload.Compilation();
        Console.WriteLine($"// {N:N0} facts in {_workload.FileCount} files, {Guard.Megabytes(_workload.TotalBytes)} of JSON");
    }

    // One guarded run first: a size the generator cannot take in the time and memory allowed is skipped, not measured forever.
    [GlobalSetup(Target = nameof(FullRun))]
    public void SetupFullRun()
    {
        Setup();
        Probe(nameof(FullRun), token => _workload.Driver(freshTexts: true).RunGenerators(_compilation, token));
    }

    [GlobalSetup(Target = nameof(Analyzer))]
    public void SetupAnalyzer()
    {
        Setup();
        Probe(nameof(Analyzer), token => RunAnalyzer(_workload.FreshTexts(), token));
    }

    [GlobalSetup(Target = nameof(Analyzer_OneFileEdit))]
    public void SetupAnalyzerOneFileEdit()
    {
        Setup();
        Edits();
        // The pass before the edit, over the texts an editor keeps: what the next pass finds already read.
        Probe(nameof(Analyzer_OneFileEdit), token => RunAnalyzer(_workload.Texts, token));
    }

    [GlobalSetup(Targets = [nameof(Incremental_UnrelatedEdit), nameof(Incremental_OneFileEdit), nameof(Incremental_OneFileEdit_Editor)])]
    public void SetupIncremental()
    {
        Setup();
        _unrelatedEdit = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace UserCode { class Unrelated { } }", Workload.ParseOptions, path: "Unrelated.cs"));
        Edits();
        try
        {
            // The state an editor or a build server holds after the first run; each measured run starts again from it.
            _ran = Guard.Run($"a first run over {N:N0} facts", token => _workload.Driver().RunGenerators(_compilation, token));
            _ranInEditor = Guard.Run($"an editor's first run over {N:N0} facts", token => _workload.Driver(editor: true).RunGenerators(_compilation, token));
            Console.WriteLine("// " + IncrementalCheck.Describe(_workload, _compilation, _unrelatedEdit, _edit));
        }
        catch (CaseSkippedException skipped)
        {
            Guard.Report(skipped, $"{nameof(GeneratorBenchmarks)}.Incremental(N={N})");
            throw;
        }
    }

    /// <summary>(a) The floor: every token of every file, and nothing else.</summary>
    [Benchmark(Baseline = true)]
    public long Floor_Utf8JsonReader()
    {
        long tokens = 0;
        foreach (var (_, utf8) in _workload.Files)
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            while (reader.Read()) tokens++;
        }
        return tokens;
    }

    /// <summary>(b) A cold run: decode, parse and read every file, check the base, emit the code, parse what was emitted.</summary>
    [Benchmark]
    public GeneratorDriver FullRun()
    {
        // A cold run has no last check or fact table to take up: the ones this process made before hold equal facts.
        KnowledgeBaseChecker.ForgetLastCheck();
        WrittenFactTable.Forget();
        return _workload.Driver(freshTexts: true).RunGenerators(_compilation);
    }

    /// <summary>The analyzer's pass: it reads and checks every file again to report diagnostics on each (once per compilation).</summary>
    [Benchmark]
    public int Analyzer()
    {
        KnowledgeBaseChecker.ForgetLastCheck();
        return RunAnalyzer(_workload.FreshTexts(), default);
    }

    /// <summary>
    /// The analyzer's pass after the last fact file was edited, as an editor runs it: the other files are the texts it read in
    /// the pass before, the edited file is a new text each time.
    /// </summary>
    [Benchmark]
    public int Analyzer_OneFileEdit() =>
        RunAnalyzer(_workload.Texts.Replace(_edit.Old, NextEdit()), default);

    [GlobalSetup(Target = nameof(Analyzer_OneFileEdit_AfterGenerator))]
    public void SetupAnalyzerAfterGenerator()
    {
        Setup();
        Edits();
        _ranInEditor = Guard.Run($"an editor's first run over {N:N0} facts", token => _workload.Driver(editor: true).RunGenerators(_compilation, token));
        Probe(nameof(Analyzer_OneFileEdit_AfterGenerator), token => RunAnalyzer(_workload.Texts, token));
    }

    // The keystroke: from the first run's state, the editor's generator runs over the edited file as a new text, before the
    // analyzer's pass is measured. Always from the first run's state: a second replacement by an equal text would leave the
    // generator's check cached from the run before, made of other model instances, and the analyzer would check alone.
    [IterationSetup(Target = nameof(Analyzer_OneFileEdit_AfterGenerator))]
    public void EditInEditor()
    {
        _inEditor = NextEdit();
        GC.KeepAlive(_ranInEditor.ReplaceAdditionalText(_edit.Old, _inEditor).RunGenerators(_compilation));
    }

    /// <summary>
    /// The analyzer's pass after the same edit in an editor, where the editor's generator run has just read and checked the
    /// very same texts: it takes that reading and check (the state the two share) instead of making its own.
    /// </summary>
    [Benchmark]
    public int Analyzer_OneFileEdit_AfterGenerator() => RunAnalyzer(_workload.Texts.Replace(_edit.Old, _inEditor), default);

    private void Edits()
    {
        _edit = _workload.EditedFile(revision: 1);
        _otherEdit = _workload.EditedFile(revision: 10); // one character longer: the rest of the file moves, as when typing
    }

    // The edited file as a new text, each run's unlike the run before's, as consecutive keystrokes are: an edit equal to the
    // last one would find the check of equal models kept from the run before (KnowledgeBaseChecker), and leave checking out of
    // what is measured.
    private AdditionalText NextEdit() => ((Utf8AdditionalText)(_edits++ % 2 == 0 ? _edit : _otherEdit).New).Fresh();

    private int RunAnalyzer(ImmutableArray<AdditionalText> texts, CancellationToken cancellationToken)
    {
        var diagnostics = Workload.WithAnalyzer(_compilation, texts).GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        return diagnostics.Length;
    }

    private void Probe<T>(string benchmark, Func<CancellationToken, T> run)
    {
        try
        {
            Guard.Run($"{benchmark} over {N:N0} facts", run);
        }
        catch (CaseSkippedException skipped)
        {
            Guard.Report(skipped, $"{nameof(GeneratorBenchmarks)}.{benchmark}(N={N})");
            throw;
        }
    }

    /// <summary>(c) After a C# edit that has nothing to do with knowledge: every step should be cached.</summary>
    [Benchmark]
    public GeneratorDriver Incremental_UnrelatedEdit() => _ran.RunGenerators(_unrelatedEdit);

    /// <summary>
    /// (c) After one knowledge file was replaced: only that file should be read again. Each run gets the edited file as a new
    /// text, as an editor's keystroke or a build after saving does: the same text again would find its model, and the check of
    /// those very models, cached from the run before, and leave reading and checking out of what is measured.
    /// </summary>
    [Benchmark]
    public GeneratorDriver Incremental_OneFileEdit() =>
        _ran.ReplaceAdditionalText(_edit.Old, NextEdit()).RunGenerators(_compilation);

    /// <summary>
    /// (c) The same edit in an editor, whose driver leaves out implementation outputs (the fact table): what a keystroke in a
    /// knowledge file costs before the code's diagnostics and completion are up to date.
    /// </summary>
    [Benchmark]
    public GeneratorDriver Incremental_OneFileEdit_Editor() =>
        _ranInEditor.ReplaceAdditionalText(_edit.Old, NextEdit()).RunGenerators(_compilation);
}

/// <summary>Which steps the incremental runs actually recompute, from a driver that tracks its steps.</summary>
public static class IncrementalCheck
{
    // Roslyn's own input nodes: a C# edit changes the compilation by definition; what matters is what the generator does with it.
    private static readonly HashSet<string> Inputs = new(StringComparer.Ordinal)
    {
        "Compilation", "AdditionalTexts", "AnalyzerConfigOptions", "ParseOptions", "MetadataReferences", "SyntaxTrees",
    };

    public static string Describe(Workload workload, Compilation compilation, Compilation unrelatedEdit, (AdditionalText Old, AdditionalText New) edit)
    {
        var ran = Guard.Run("a tracked first run", token => workload.Driver(trackSteps: true).RunGenerators(compilation, token));
        var unrelated = ran.RunGenerators(unrelatedEdit);
        var steps = unrelated.GetRunResult().Results.Single().TrackedSteps.Keys.Where(step => !Inputs.Contains(step)).OrderBy(step => step, StringComparer.Ordinal).ToArray();
        var recomputed = steps.SelectMany(step => Reasons(unrelated, step).Where(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(r => $"{step} {r}")).Distinct().ToArray();
        var oneFile = ran.ReplaceAdditionalText(edit.Old, edit.New).RunGenerators(compilation);
        var reads = Reasons(oneFile, TrackingNames.ReadFile).GroupBy(r => r).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}");
        var apiFiles = oneFile.GetRunResult().Results.Single().TrackedSteps.TryGetValue(TrackingNames.PlanApiFile, out var plans)
            ? plans.SelectMany(s => s.Outputs).ToArray()
            : [];
        var written = apiFiles.Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(o => ((Curata.Knowledge.Generators.Emit.ApiFile)o.Value).HintName).ToArray();
        return $"incremental check: after an unrelated edit {(recomputed.Length == 0 ? $"all {steps.Length} generator steps Cached or Unchanged" : "recomputed: " + string.Join(", ", recomputed))}; "
            + $"after a one-file edit ReadFile was {string.Join(", ", reads)} of {workload.FileCount} files, "
            + $"and {written.Length} of the API's {apiFiles.Length} files were written again{(written.Length == 0 ? "" : ": " + string.Join(", ", written))}";
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(s => s.Outputs).Select(o => o.Reason)
            : [];
}
