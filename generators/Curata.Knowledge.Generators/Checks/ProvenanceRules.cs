using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>Every fact should say where it comes from, and a quotation must be found in the text it cites.</summary>
    internal static class ProvenanceRules
    {
        public static void Check(CheckedFacts facts)
        {
            foreach (var actor in facts.Actors) Unsourced(facts, actor.Id, actor.Sources, "actor");
            foreach (var statement in facts.Statements) Unsourced(facts, statement.Id, statement.Sources, "statement");
            foreach (var e in facts.Events) Unsourced(facts, e.Id, e.Sources, "event");
            foreach (var relation in facts.Relations) Unsourced(facts, relation.Id, relation.Sources, "relation");

            var missingTexts = new HashSet<string>(StringComparer.Ordinal);
            var prepared = new Dictionary<string, QuoteGrounding.PreparedText>(StringComparer.Ordinal);
            foreach (var statement in facts.Statements.Where(s => s.Mode == "Quotation"))
            {
                facts.CancellationToken.ThrowIfCancellationRequested();
                // A blank text, or only an ellipsis, is found in every source: it would pass the check below while quoting nothing.
                if (!HasWords(statement.Text))
                {
                    facts.Report(DiagnosticDescriptors.EmptyQuotation, statement.Id.Location, statement.Id.Id);
                    continue;
                }
                foreach (var citation in statement.Sources)
                {
                    if (!facts.SourcesById.TryGetValue(citation.Source.Id, out var source) || source.TextFile == null) continue;
                    var path = QuoteGrounding.ResolvePath(source.Id.Location.Path, source.TextFile);
                    if (!facts.SourceTexts.TryGetValue(path, out var text))
                    {
                        // Reported once, on the source, however many quotations cite it.
                        if (missingTexts.Add(source.Id.Id))
                            facts.Report(DiagnosticDescriptors.MissingSourceText, source.Id.Location, source.Id.Id, source.TextFile);
                        continue;
                    }
                    if (!prepared.TryGetValue(path, out var grounded)) prepared[path] = grounded = new QuoteGrounding.PreparedText(text);
                    var paragraphs = grounded.Paragraphs;
                    if (citation.Paragraph is int number && number > paragraphs.Count)
                    {
                        facts.Report(DiagnosticDescriptors.UngroundedQuote, citation.Source.Location, statement.Id.Id, source.Id.Id,
                            $"paragraph {number}", $"; the text has only {paragraphs.Count} paragraphs");
                        continue;
                    }
                    if (QuoteGrounding.OccursFolded(statement.Text, grounded.Folded(citation.Paragraph))) continue;
                    var passage = citation.Paragraph is int p ? paragraphs[p - 1] : string.Join("\n", paragraphs);
                    var closest = QuoteGrounding.ClosestPassage(statement.Text, passage);
                    facts.Report(DiagnosticDescriptors.UngroundedQuote, citation.Source.Location, statement.Id.Id, source.Id.Id,
                        citation.Paragraph is int q ? $"paragraph {q}" : "any paragraph",
                        closest == null ? "" : $"; the closest passage is \"{closest}\"");
                }
            }
        }

        private static bool HasWords(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text, i)) return true;
            }
            return false;
        }

        private static void Unsourced(CheckedFacts facts, IdRef id, EquatableArray<CitationSpec> sources, string kind)
        {
            if (sources.Count == 0) facts.Report(DiagnosticDescriptors.NoSource, id.Location, kind, id.Id);
        }
    }
}
