using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Basic.Reference.Assemblies;
using Curata.Knowledge.Generators;
using Curata.Knowledge.Generators.Analyzers;
using Curata.Knowledge.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// One synthetic knowledge base as every benchmark sees it: the same UTF-8 bytes, handed to the generator as additional files,
/// with the compilation and options a consumer project would give it. Mirrors the tests' KnowledgeHarness.
/// </summary>
public sealed class Workload
{
    /// <summary>The namespace of the generated API (the consumer's RootNamespace).</summary>
    public const string Namespace = "UserProject";

    public const string UserCode = "namespace UserProject { public static class Program { public static void Main() { } } }";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly ImmutableArray<MetadataReference> References =
        Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(KnowledgeGraph).Assembly.Location))
            .ToImmutableArray();

    /// <summary>As <c>dotnet build -c Release</c> compiles a consumer.</summary>
    public static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release);

    private Workload(int facts, int fileCount, IReadOnlyList<(string Path, byte[] Utf8)> files)
    {
        Facts = facts;
        Files = files;
        Texts = FreshTexts();
        TotalBytes = files.Sum(f => (long)f.Utf8.Length);
        FileCount = fileCount;
    }

    public int Facts { get; }

    public int FileCount { get; }

    public IReadOnlyList<(string Path, byte[] Utf8)> Files { get; }

    /// <summary>The files as the compiler hands them to the generator; the same instances each time, as an editor keeps them.</summary>
    public ImmutableArray<AdditionalText> Texts { get; }

    /// <summary>
    /// The files as a new compiler process hands them over: new instances, not decoded yet. A cold run must get these, or it
    /// would take models read by an earlier run from the same texts.
    /// </summary>
    public ImmutableArray<AdditionalText> FreshTexts() =>
        Files.Select(f => (AdditionalText)new Utf8AdditionalText("/consumer/knowledge/" + f.Path, f.Utf8)).ToImmutableArray();

    public long TotalBytes { get; }

    public static Workload Create(int facts, int? files = null)
    {
        var count = files ?? Settings.Files;
        return new Workload(facts, count, SyntheticKnowledge.CreateUtf8(facts, count, Settings.Seed));
    }

    /// <summary>The consumer's own code, before the generator adds anything.</summary>
    public static CSharpCompilation Compilation() =>
        CSharpCompilation.Create("UserProject", [CSharpSyntaxTree.ParseText(UserCode, ParseOptions, path: "Program.cs")], References, CompilationOptions);

    /// <summary><paramref name="compilation"/> with the knowledge analyzer over <paramref name="texts"/>, as a build runs it.</summary>
    public static CompilationWithAnalyzers WithAnalyzer(Compilation compilation, ImmutableArray<AdditionalText> texts) =>
        compilation.WithAnalyzers([new KnowledgeAnalyzer()], new AnalyzerOptions(texts, Options));

    public static AnalyzerConfigOptionsProvider Options { get; } =
        new OptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = Namespace });

    /// <summary>
    /// A driver that has not run yet, over <see cref="Texts"/>, or over <see cref="FreshTexts"/> for a cold run. A build's
    /// driver runs every output; an editor's (<paramref name="editor"/>) leaves out the implementation outputs, which semantic
    /// analysis does not need, as Roslyn's IDE does.
    /// </summary>
    public GeneratorDriver Driver(bool trackSteps = false, bool freshTexts = false, bool editor = false) =>
        CSharpGeneratorDriver.Create(
            [new KnowledgeGenerator().AsSourceGenerator()],
            freshTexts ? FreshTexts() : Texts,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(editor ? IncrementalGeneratorOutputKind.Implementation : IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The file the one-file-edit benchmark replaces: the last fact file, with one statement's text changed.</summary>
    public (AdditionalText Old, AdditionalText New) EditedFile(int revision)
    {
        var index = Texts.Length - 1;
        var edited = SyntheticKnowledge.Edit(Encoding.UTF8.GetString(Files[index].Utf8), revision);
        return (Texts[index], new Utf8AdditionalText(Texts[index].Path, Encoding.UTF8.GetBytes(edited)));
    }

    /// <summary>The compilation with the generated code, from one guarded generator run.</summary>
    public (GeneratorDriver Driver, Compilation Output) RunGuarded(string what, bool trackSteps = false) =>
        Guard.Run(what, token =>
        {
            var driver = Driver(trackSteps, freshTexts: true).RunGeneratorsAndUpdateCompilation(Compilation(), out var output, out var diagnostics, token);
            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length > 0) throw new InvalidOperationException("The generator reported errors: " + string.Join("; ", errors.Take(5)));
            return (driver, output);
        });
}

/// <summary>
/// A knowledge file as the compiler holds it: bytes from disk, decoded as UTF-8 each time its text is asked for (the generator
/// asks once per run), so decoding is part of what a full run measures, as it is part of a cold build.
/// </summary>
public sealed class Utf8AdditionalText(string path, byte[] utf8) : AdditionalText
{
    private SourceText? _text;

    public override string Path { get; } = path;

    /// <summary>The same file as a new text, not decoded yet.</summary>
    public Utf8AdditionalText Fresh() => new(Path, utf8);

    // Decoded once, on first read, and kept: what the compiler's own additional files do, so the generator and the analyzer
    // of one compilation read the same text. Decoded from a stream, as the compiler decodes a file it reads from disk: a
    // text of more than 40 Ki characters is then kept in chunks (not one string), so a reader that asks for the whole text
    // as a string pays for a copy, as it does in a build.
    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        _text ??= SourceText.From(new MemoryStream(utf8, writable: false), Encoding.UTF8);
}

/// <summary>MSBuild properties as the compiler exposes them to generators (<c>build_property.Name</c>).</summary>
public sealed class OptionsProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
