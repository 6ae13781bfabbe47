using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Curata.Knowledge.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Curata.Knowledge.Generators.Tests.Support;

/// <summary>What one run of the generator and the analyzer over a set of knowledge files produced.</summary>
internal sealed record KnowledgeRun(
    GeneratorDriver Driver,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    IReadOnlyDictionary<string, string> Sources)
{
    /// <summary>Every KB diagnostic, from both the generator (options) and the analyzer (facts).</summary>
    public IEnumerable<Diagnostic> KnowledgeDiagnostics => GeneratorDiagnostics.Concat(AnalyzerDiagnostics).Where(d => d.Id.StartsWith("KB", StringComparison.Ordinal));

    /// <summary>Errors and warnings from compiling the generated code.</summary>
    public IEnumerable<Diagnostic> CompileDiagnostics => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>
    /// Errors and warnings from compiling the generated code with the compiler's nullable flow analysis over it. Generated files
    /// ask for annotations only (a build then skips that analysis, a third of what a typed member costs), so this is what
    /// proves their bodies would pass it.
    /// </summary>
    public IEnumerable<Diagnostic> FullyAnalysedDiagnostics
    {
        get
        {
            const string AnnotationsOnly = "#nullable enable annotations";
            var trees = Output.SyntaxTrees.Select(tree =>
            {
                var text = tree.GetText().ToString();
                return text.Contains(AnnotationsOnly, StringComparison.Ordinal)
                    ? tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(AnnotationsOnly, "#nullable enable", StringComparison.Ordinal)))
                    : tree;
            });
            return Output.RemoveAllSyntaxTrees().AddSyntaxTrees(trees).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
        }
    }

    /// <summary>Compiles the output and loads it in a collectible context, to read the facts back through the generated API.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var result = Output.Emit(stream);
        if (!result.Success) throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("knowledge-" + Guid.NewGuid(), isCollectible: true);
        return context.LoadFromStream(stream);
    }
}

/// <summary>Runs the generator (and the analyzer) in memory over knowledge files, the way the compiler does.</summary>
internal static class KnowledgeHarness
{
    public const string DefaultUserCode = "namespace UserCode { public static class Program { public static void Main() { } } }";

    public static readonly ImmutableArray<MetadataReference> References =
        Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Curata.Knowledge.KnowledgeGraph).Assembly.Location))
            .ToImmutableArray();

    public static CSharpCompilation Compilation(string userCode = DefaultUserCode, LanguageVersion language = LanguageVersion.Latest) =>
        CSharpCompilation.Create("UserProject",
            [CSharpSyntaxTree.ParseText(userCode, new CSharpParseOptions(language), path: "Program.cs")],
            References,
            CompilationOptions);

    /// <summary>
    /// As an SDK project compiles: CS1701/CS1702 (a reference built against an older framework, here the runtime library's
    /// net8.0 build in a net10.0 compilation) are in the SDK's default NoWarn, because the runtime unifies the versions.
    /// </summary>
    public static readonly CSharpCompilationOptions CompilationOptions =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });

    /// <summary>
    /// A driver as a build's compiler makes it, running every output, or, with <paramref name="editor"/>, as an editor's does:
    /// without the implementation outputs, which semantic analysis does not need.
    /// </summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null,
        LanguageVersion language = LanguageVersion.Latest, bool editor = false) =>
        CSharpGeneratorDriver.Create(
            [new KnowledgeGenerator().AsSourceGenerator()],
            files,
            new CSharpParseOptions(language),
            new TestOptionsProvider(Properties(properties)),
            new GeneratorDriverOptions(editor ? IncrementalGeneratorOutputKind.Implementation : IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static KnowledgeRun Run(IEnumerable<(string Path, string Text)> files, IReadOnlyDictionary<string, string>? properties = null, string userCode = DefaultUserCode,
        LanguageVersion language = LanguageVersion.Latest, bool editor = false)
    {
        var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var compilation = Compilation(userCode, language);
        var driver = Driver(texts, properties, language, editor).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var analyzerDiagnostics = RunAnalyzer(output, texts);
        var sources = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return new KnowledgeRun(driver, output, generatorDiagnostics, analyzerDiagnostics, sources);
    }

    public static KnowledgeRun RunFolder(string folder, IReadOnlyDictionary<string, string>? properties = null, string userCode = DefaultUserCode) =>
        Run(Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Select(p => (p, File.ReadAllText(p))), properties, userCode);

    public static ImmutableArray<Diagnostic> RunAnalyzer(Compilation compilation, ImmutableArray<AdditionalText> texts, AnalyzerConfigOptionsProvider? options = null)
    {
        var analyzerOptions = new AnalyzerOptions(texts, options ?? new TestOptionsProvider(Properties(null)));
        return compilation.WithAnalyzers([new KnowledgeAnalyzer()], analyzerOptions)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }

    private static Dictionary<string, string> Properties(IReadOnlyDictionary<string, string>? properties)
    {
        var all = new Dictionary<string, string> { ["build_property.RootNamespace"] = "UserProject" };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>()) all["build_property." + key] = value;
        return all;
    }
}
