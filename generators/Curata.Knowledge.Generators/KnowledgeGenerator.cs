using System;
using System.IO;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Emit;
using Curata.Knowledge.Generators.Options;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators
{
    /// <summary>
    /// The pipeline, and nothing else: each knowledge file is read on its own (so editing one file re-reads only that file),
    /// the file models are collected and cross-checked, and the checked model is emitted with the options. Every step is named
    /// (<see cref="TrackingNames"/>) so tests can prove which steps ran. Diagnostics are reported by <see cref="Analyzers.KnowledgeAnalyzer"/>,
    /// which shares the same reader and checks, so each problem is reported once, live in editors and in the build.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class KnowledgeGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var knowledgeTexts = context.AdditionalTextsProvider
                .Where(static text => KnowledgeFiles.IsKnowledgeFile(text.Path))
                .WithTrackingName(TrackingNames.KnowledgeFiles);

            // The driver runs a per-file step one file at a time. This step first reads every file not read yet on all cores,
            // into the cache KnowledgeFiles.Read keeps, and yields a constant, so it changes nothing downstream; the per-file
            // step after it then takes each model from that cache, and an edit still re-reads only the edited file.
            var readAhead = knowledgeTexts
                .Collect()
                .Select(static (texts, cancellationToken) => !KnowledgeFiles.ReadAll(texts, cancellationToken).IsDefault)
                .WithTrackingName(TrackingNames.ReadAhead);

            var files = knowledgeTexts
                .Combine(readAhead)
                .Select(static (input, cancellationToken) => KnowledgeFiles.Read(input.Left, cancellationToken))
                .WithTrackingName(TrackingNames.ReadFile);

            var sourceTexts = context.AdditionalTextsProvider
                .Where(static text => KnowledgeFiles.IsSourceText(text.Path))
                .Select(static (text, cancellationToken) => KnowledgeFiles.ReadSourceText(text, cancellationToken))
                .WithTrackingName(TrackingNames.ReadSourceText)
                .Collect();

            var knowledgeBase = files
                .Collect()
                .WithTrackingName(TrackingNames.CollectFiles)
                .Combine(sourceTexts)
                .Select(static (input, cancellationToken) => KnowledgeBaseChecker.Check(input.Left, input.Right, cancellationToken))
                .WithTrackingName(TrackingNames.CheckKnowledgeBase);

            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.ReadOptions);

            // What the consumer's language version allows; it depends on the parse options only, so a C# edit leaves it cached.
            var target = context.ParseOptionsProvider
                .Select(static (parseOptions, _) => TargetSupport.Read(parseOptions))
                .WithTrackingName(TrackingNames.ReadTarget);

            // A project with no knowledge files of its own (say, an app referencing a library that holds the knowledge, which
            // still gets this generator) must get no API at all, or its own classes could clash with empty generated ones.
            var hasKnowledge = files.Collect().Select(static (models, _) => !models.IsEmpty).WithTrackingName(TrackingNames.HasKnowledge);

            // The typed members the code names, for the classes not typed in full. Only those names are kept, so a C# edit changes
            // this step's value, and re-runs the output, only when it names a fact no code named before (or stops naming one).
            var classesTypedByName = knowledgeBase
                .Combine(options)
                .Select(static (input, _) => TypedMemberPolicy.ClassesTypedByName(input.Left, input.Right.TypedMembers))
                .WithTrackingName(TrackingNames.ClassesTypedByName);
            var namedInCode = context.SyntaxProvider
                .CreateSyntaxProvider(NamedMembers.IsCandidate, NamedMembers.Of)
                .Collect()
                .Combine(classesTypedByName)
                .Select(static (input, _) => NamedMembers.Keep(input.Left, input.Right))
                .WithTrackingName(TrackingNames.NamedInCode);

            var emitted = knowledgeBase.Combine(options).Combine(target).Combine(hasKnowledge).WithTrackingName(TrackingNames.Combine);

            // The options' problems, and a language version the API cannot be written for, are reported once.
            context.RegisterSourceOutput(options.Combine(target).Combine(hasKnowledge), static (production, input) =>
            {
                var ((generatorOptions, support), hasFiles) = input;
                if (!hasFiles) return;
                foreach (var diagnostic in generatorOptions.Diagnostics) production.ReportDiagnostic(diagnostic.ToDiagnostic());
                if (support.Problem != null)
                {
                    production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedTarget, Location.None,
                        MessageArguments.Safe(DiagnosticDescriptors.UnsupportedTarget, new object[] { support.Problem })));
                }
            });

            // The API, file by file, each with what its text depends on: after an edit the driver finds most files equal to the
            // last run's and keeps them, so only the files whose text the edit changes are written again. Emitting code the
            // project cannot compile (an unsupported language version) would bury that one cause under many errors.
            var apiFiles = emitted.Combine(namedInCode).WithTrackingName(TrackingNames.CombineNamed)
                .SelectMany(static (input, _) =>
                {
                    var ((((spec, generatorOptions), support), hasFiles), named) = input;
                    return hasFiles && support.Problem == null
                        ? KnowledgeEmitter.Plan(spec, generatorOptions, support.HasExtensionMembers, named)
                        : Array.Empty<ApiFile>();
                })
                .WithTrackingName(TrackingNames.PlanApiFile);
            context.RegisterSourceOutput(apiFiles, static (production, file) =>
                production.AddSource(file.HintName, KnowledgeEmitter.Write(file, production.CancellationToken)));

            // The fact table is what the program reads when it runs; no code is checked against it. As an implementation output
            // it is written by a build's compile and left out by an editor's (which runs only the outputs semantic analysis
            // needs), so an edit in an editor never writes, packs or parses it. It does not depend on what the code names.
            context.RegisterImplementationSourceOutput(emitted, static (production, input) =>
            {
                var (((spec, generatorOptions), support), hasFiles) = input;
                if (!hasFiles || support.Problem != null) return;
                production.AddSource(KnowledgeEmitter.FactTableHintName, KnowledgeEmitter.FactTable(spec, generatorOptions, production.CancellationToken));
            });
        }
    }
}
