using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Curata.Knowledge.Generators.Analyzers
{
    /// <summary>
    /// Reports every knowledge-base diagnostic on the file it belongs to, through an additional-file action, so editors show
    /// them live and the command line shows each once. It runs the same reader and checks as the generator, once per
    /// compilation, and hands each file its share.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KnowledgeAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            DiagnosticDescriptors.ById.Values.Where(d => d.Id != DiagnosticDescriptors.InvalidOption.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var files = start.Options.AdditionalFiles.Where(f => KnowledgeFiles.IsKnowledgeFile(f.Path)).ToImmutableArray();
                if (files.IsEmpty) return;
                var texts = start.Options.AdditionalFiles.Where(f => KnowledgeFiles.IsSourceText(f.Path)).ToImmutableArray();
                var checkedBase = new Lazy<ILookup<string, DiagnosticInfo>>(
                    () => Check(files, texts, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
                start.RegisterAdditionalFileAction(fileContext =>
                {
                    if (!KnowledgeFiles.IsKnowledgeFile(fileContext.AdditionalFile.Path)) return;
                    foreach (var diagnostic in checkedBase.Value[fileContext.AdditionalFile.Path])
                    {
                        fileContext.ReportDiagnostic(diagnostic.ToDiagnostic());
                    }
                });
            });
        }

        private static ILookup<string, DiagnosticInfo> Check(ImmutableArray<AdditionalText> files, ImmutableArray<AdditionalText> texts, CancellationToken cancellationToken)
        {
            var models = files.Select(file => KnowledgeFiles.Read(file, cancellationToken)).ToImmutableArray();
            var sourceTexts = texts.Select(text => KnowledgeFiles.ReadSourceText(text, cancellationToken)).ToImmutableArray();
            return KnowledgeBaseChecker.Check(models, sourceTexts, cancellationToken).Diagnostics.ToLookup(d => d.Location?.Path ?? "", StringComparer.Ordinal);
        }
    }
}
