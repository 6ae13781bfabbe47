using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>Every fact should say where it comes from, and a quotation must be found in the text it cites.</summary>
    internal static class ProvenanceRules
    {
        /// <summary>A quotation: it has words, and each source it cites with a text (<c>textFile</c>) has it, where cited.</summary>
        public static void Quotation(CheckedFacts facts, StatementSpec statement)
        {
            if (statement.Mode != "Quotation") return;
            // A blank text, or only an ellipsis, is found in every source: it would pass the check below while quoting nothing.
            if (!HasWords(statement.Text))
            {
                facts.Report(DiagnosticDescriptors.EmptyQuotation, statement.Id.Location, statement.Id.Id);
                return;
            }
            foreach (var citation in statement.Sources)
            {
                if (!facts.SourcesById.TryGetValue(citation.Source.Id, out var source) || source.TextFile == null) continue;
                var path = QuoteGrounding.ResolvePath(source.Id.Location.Path, source.TextFile);
                if (facts.PreparedText(path) is not { } grounded)
                {
                    // On the source: every quotation citing it reports the same problem, and it is handed on once (ContentRules).
                    facts.Report(DiagnosticDescriptors.MissingSourceText, source.Id.Location, source.Id.Id, source.TextFile);
                    continue;
                }
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

        private static bool HasWords(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsLetterOrDigit(text, i)) return true;
            }
            return false;
        }

        /// <summary>A fact that cites no source.</summary>
        public static void Unsourced(CheckedFacts facts, IdRef id, EquatableArray<CitationSpec> sources, string kind)
        {
            if (sources.Count == 0) facts.Report(DiagnosticDescriptors.NoSource, id.Location, kind, id.Id);
        }
    }
}
