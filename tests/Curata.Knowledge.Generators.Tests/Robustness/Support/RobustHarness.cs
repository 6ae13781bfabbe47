using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Curata.Knowledge.Generators.Analyzers;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Curata.Knowledge.Generators.Tests.Robustness.Support;

/// <summary>One run of the generator and the analyzer, with whatever escaped from either and how long the run took.</summary>
internal sealed record RobustRun(KnowledgeRun Run, Exception? GeneratorException, IReadOnlyList<string> AnalyzerExceptions, TimeSpan Elapsed)
{
    public IEnumerable<Diagnostic> KnowledgeDiagnostics => Run.KnowledgeDiagnostics;

    public IReadOnlyDictionary<string, string> Sources => Run.Sources;

    /// <summary>KB diagnostics of severity Warning or Error.</summary>
    public IEnumerable<Diagnostic> Problems => KnowledgeDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != SharedName);

    /// <summary>
    /// KB0104, a name or alias two actors share: generated names collide by chance, and the warning is about looking actors up
    /// by that name, not about the facts, which are valid.
    /// </summary>
    public const string SharedName = "KB0104";

    /// <summary>KB diagnostics located in the file at <paramref name="path"/>.</summary>
    public IEnumerable<Diagnostic> In(string path) =>
        KnowledgeDiagnostics.Where(d => d.Location.GetLineSpan().Path == path);
}

/// <summary>
/// Runs the generator and the analyzer in memory like <see cref="KnowledgeHarness"/>, but over any <see cref="AdditionalText"/>
/// (so bytes can be decoded as a host would), records exceptions instead of letting them pass silently, bounds every run by
/// wall-clock time, and compiles the output with XML documentation diagnostics on, as a project that builds its docs would.
/// </summary>
internal static class RobustHarness
{
    /// <summary>User code whose public members are documented, so documentation warnings can only come from generated code.</summary>
    public const string UserCode = """
        namespace UserCode
        {
            /// <summary>The program.</summary>
            public static class Program
            {
                /// <summary>Runs it.</summary>
                public static void Main() { }
            }
        }
        """;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly ConcurrentDictionary<string, (string[] Problems, byte[]? Image)> CompiledOutputs = new();

    private static readonly Lazy<bool> Warm = new(() =>
    {
        // JIT the generator, analyzer, compiler and emitter once, so time bounds measure the work and not the first call.
        var run = Run([Text("/k/warm.json", """{ "sources": [ { "id": "s", "kind": "report", "title": "t" } ] }""")]);
        Assert.Empty(CompileProblems(run));
        return true;
    });

    public static void WarmUp() => _ = Warm.Value;

    public static AdditionalText Text(string path, string text) => new InMemoryAdditionalText(path, text);

    public static AdditionalText Bytes(string path, byte[] bytes) => new ByteAdditionalText(path, bytes);

    public static Dictionary<string, string> Properties(IReadOnlyDictionary<string, string>? properties = null)
    {
        var all = new Dictionary<string, string> { ["build_property.RootNamespace"] = "UserProject" };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>()) all["build_property." + key] = value;
        return all;
    }

    /// <summary>Runs the generator, then the analyzer (over the user's compilation, as the compiler does), recording every exception.</summary>
    public static RobustRun Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var texts = files.ToImmutableArray();
        var options = new TestOptionsProvider(Properties(properties));
        var compilation = CSharpCompilation.Create("UserProject",
            [CSharpSyntaxTree.ParseText(UserCode, ParseOptions, path: "Program.cs")],
            KnowledgeHarness.References,
            KnowledgeHarness.CompilationOptions);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new KnowledgeGenerator().AsSourceGenerator()], texts, ParseOptions, options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        var exceptions = new ConcurrentQueue<string>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(new AnalyzerOptions(texts, options),
            (exception, analyzer, diagnostic) => exceptions.Enqueue($"{analyzer.GetType().Name}: {diagnostic.Id} {exception}"),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var analyzerDiagnostics = compilation.WithAnalyzers([new KnowledgeAnalyzer()], analyzerOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

        var sources = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return new RobustRun(new KnowledgeRun(driver, output, generatorDiagnostics, analyzerDiagnostics, sources),
            result.Exception, exceptions.ToArray(), stopwatch.Elapsed);
    }

    /// <summary>
    /// Runs on a worker and waits at most <paramref name="limit"/> of wall-clock time (no cancellation token is involved: a run
    /// that hangs fails the test, it is not asked to stop), twice at most. Asserts nothing escaped the generator or the analyzer.
    /// </summary>
    public static RobustRun RunWithin(TimeSpan limit, string caseName, Func<IEnumerable<AdditionalText>> files,
        IReadOnlyDictionary<string, string>? properties = null)
    {
        WarmUp();
        var task = Task.Run(() => Run(files(), properties));
        if (!task.Wait(limit))
        {
            // Tried once more: a stall of a busy two-core machine (tests run in parallel) does not repeat, a slow case does.
            task = Task.Run(() => Run(files(), properties));
            Assert.True(task.Wait(limit), $"{caseName}: the generator and analyzer did not finish within {limit.TotalSeconds:0.#} s, twice");
        }
        var run = task.Result;
        AssertNoCrash(run, caseName);
        return run;
    }

    /// <summary>No exception escaped: none in the generator's run result, no CS8785, no AD0001 and no analyzer exception.</summary>
    public static void AssertNoCrash(RobustRun run, string caseName)
    {
        Assert.True(run.GeneratorException == null, $"{caseName}: the generator threw {run.GeneratorException}");
        var crashes = run.Run.GeneratorDiagnostics.Concat(run.Run.AnalyzerDiagnostics).Where(d => d.Id is "CS8785" or "AD0001").ToArray();
        Assert.True(crashes.Length == 0, $"{caseName}: {string.Join("; ", crashes.Select(d => d.ToString()))}");
        Assert.True(run.AnalyzerExceptions.Count == 0, $"{caseName}: the analyzer threw {string.Join("; ", run.AnalyzerExceptions)}");
    }

    /// <summary>
    /// Emits the generated compilation (emitting, not only binding, so limits such as CS8103 show) and returns every warning and
    /// error. Identical generated code is compiled once.
    /// </summary>
    public static IReadOnlyList<string> CompileProblems(RobustRun run) => Compile(run).Problems;

    private static (string[] Problems, byte[]? Image) Compile(RobustRun run)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", run.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + "\0" + s.Value)))));
        return CompiledOutputs.GetOrAdd(key, _ =>
        {
            using var stream = new MemoryStream();
            var result = run.Run.Output.Emit(stream);
            var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
            if (!result.Success && problems.Length == 0) problems = ["emit failed without diagnostics"];
            return (problems, result.Success ? stream.ToArray() : null);
        });
    }

    /// <summary>Loads the compiled output in a collectible context (compiling it once, shared with <see cref="CompileProblems"/>).</summary>
    public static System.Reflection.Assembly Load(RobustRun run)
    {
        var (problems, image) = Compile(run);
        if (image == null) throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        var context = new System.Runtime.Loader.AssemblyLoadContext("robustness-" + Guid.NewGuid(), isCollectible: true);
        return context.LoadFromStream(new MemoryStream(image));
    }

    public static void AssertCompiles(RobustRun run, string caseName)
    {
        var problems = CompileProblems(run);
        Assert.True(problems.Count == 0, $"{caseName}: the generated code does not compile cleanly: {string.Join(Environment.NewLine, problems.Take(10))}");
    }

    /// <summary>The compiled knowledge base's graph, read through the generated <c>KnowledgeBase.Graph</c>.</summary>
    public static KnowledgeGraph Graph(System.Reflection.Assembly assembly, string ns = "UserProject") =>
        (KnowledgeGraph)assembly.GetType(ns + ".KnowledgeBase", throwOnError: true)!.GetProperty("Graph")!.GetValue(null)!;
}

/// <summary>How many cases a suite ran and which took longest, written to the test output.</summary>
internal sealed class SuiteStats(string suite)
{
    private readonly object _gate = new();
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private int _cases;
    private TimeSpan _longest;
    private string _longestCase = "";

    public int Cases => _cases;

    public TimeSpan Longest => _longest;

    public void Record(string caseName, TimeSpan elapsed)
    {
        lock (_gate)
        {
            _cases++;
            if (elapsed > _longest)
            {
                _longest = elapsed;
                _longestCase = caseName;
            }
        }
    }

    public string Summary() => $"[{suite}] {_cases} cases in {_total.Elapsed.TotalSeconds:0.00} s; longest case {_longest.TotalMilliseconds:0} ms ({_longestCase})";
}
