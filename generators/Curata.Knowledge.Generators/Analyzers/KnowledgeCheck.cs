using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Analyzers
{
    /// <summary>
    /// Checking a set of additional files as the build does: read, cross-checked, and each diagnostic at the severity the
    /// .editorconfig files give it. The analyzer reports through this, file by file, and the command-line tool's <c>check</c>
    /// for a whole folder, so both print the same diagnostics.
    /// </summary>
    internal static class KnowledgeCheck
    {
        /// <summary>Reads and checks the knowledge files and source texts among <paramref name="files"/>.</summary>
        public static KnowledgeBaseSpec Check(IEnumerable<AdditionalText> files, CancellationToken cancellationToken)
        {
            var all = files.ToList();
            var models = KnowledgeFiles.ReadAll(all.Where(f => KnowledgeFiles.IsKnowledgeFile(f.Path)).ToList(), cancellationToken);
            var sourceTexts = all.Where(f => KnowledgeFiles.IsSourceText(f.Path)).Select(text => KnowledgeFiles.ReadSourceText(text, cancellationToken)).ToImmutableArray();
            return KnowledgeBaseChecker.Check(models, sourceTexts, cancellationToken);
        }

        /// <summary>The Roslyn diagnostic for a problem in the file at <paramref name="path"/>, at its configured severity; null when suppressed.</summary>
        public static Diagnostic? Configured(DiagnosticInfo diagnostic, string path, EditorConfigSeverities severities)
        {
            var configured = severities.For(diagnostic.Id, path);
            if (configured == ReportDiagnostic.Suppress) return null;
            return diagnostic.ToDiagnostic(Severity(configured));
        }

        /// <summary>
        /// Every diagnostic of a checked base and every unusable severity entry (KB0903) of the .editorconfig files, configured,
        /// in the build's order: by file, then position.
        /// </summary>
        public static IReadOnlyList<Diagnostic> All(KnowledgeBaseSpec spec, EditorConfigSeverities severities, IEnumerable<string> editorConfigPaths)
        {
            var problems = editorConfigPaths.SelectMany(path => severities.ProblemsIn(path).Select(p => (Info: p, Path: path)));
            return spec.Diagnostics.Select(d => (Info: d, Path: d.Location?.Path ?? ""))
                .Concat(problems)
                .Select(d => Configured(d.Info, d.Path, severities))
                .Where(d => d != null)
                .Select(d => d!)
                .OrderBy(d => d.Location.GetLineSpan().Path, System.StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ToList();
        }

        // A severity from .editorconfig; null keeps the rule's default.
        private static DiagnosticSeverity? Severity(ReportDiagnostic? configured) => configured switch
        {
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
            _ => null,
        };
    }
}
