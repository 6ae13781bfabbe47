using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// Finding a quotation in a source's text, forgiving only typography: quote marks, dashes, apostrophes, case of nothing,
    /// and white space are normalised; an ellipsis in the quotation stands for words left out, so its parts must occur in order.
    /// </summary>
    internal static class QuoteGrounding
    {
        /// <summary>The text file's full path, from the knowledge file that names it and the relative path it gives.</summary>
        public static string ResolvePath(string knowledgeFile, string relative)
        {
            var separator = knowledgeFile.LastIndexOfAny(new[] { '/', '\\' });
            var folder = separator < 0 ? "" : knowledgeFile.Substring(0, separator);
            var parts = new List<string>(folder.Split('/', '\\'));
            foreach (var part in relative.Split('/', '\\'))
            {
                if (part == "." || part.Length == 0) continue;
                if (part == ".." && parts.Count > 0) parts.RemoveAt(parts.Count - 1);
                else parts.Add(part);
            }
            return Normalise(string.Join("/", parts));
        }

        /// <summary>Paths compared with forward slashes, so a knowledge base behaves the same on every OS.</summary>
        public static string Normalise(string path) => path.Replace('\\', '/');

        /// <summary>The paragraphs of a text file: its non-empty lines, numbered from 1.</summary>
        public static IReadOnlyList<string> Paragraphs(string text) =>
            text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();

        /// <summary>
        /// A source text split into paragraphs and folded once, however many quotations cite it: splitting and folding a long
        /// text for every quotation made checking quadratic (a thousand quotations of a 3 MB text took a minute).
        /// </summary>
        internal sealed class PreparedText
        {
            private readonly string[] _folded;
            private string? _whole;

            public PreparedText(string text)
            {
                Paragraphs = QuoteGrounding.Paragraphs(text);
                _folded = Paragraphs.Select(Fold).ToArray();
            }

            public IReadOnlyList<string> Paragraphs { get; }

            /// <summary>Paragraph <paramref name="number"/> (from 1), or the whole text when null, folded.</summary>
            public string Folded(int? number) => number is int n ? _folded[n - 1] : _whole ??= string.Join(" ", _folded);
        }

        /// <summary>True when every part of the quotation (split at ellipses) occurs in order in the folded passage.</summary>
        public static bool OccursFolded(string quotation, string haystack)
        {
            var position = 0;
            foreach (var part in quotation.Split(new[] { "\u2026", "..." }, StringSplitOptions.None).Select(Fold).Where(p => p.Length > 0))
            {
                var found = haystack.IndexOf(part, position, StringComparison.Ordinal);
                if (found < 0) return false;
                position = found + part.Length;
            }
            return true;
        }

        /// <summary>The sentence of the passage sharing the most words with the quotation, to offer as a fix.</summary>
        public static string? ClosestPassage(string quotation, string passage)
        {
            var wanted = new HashSet<string>(Words(quotation), StringComparer.OrdinalIgnoreCase);
            var best = passage.Split(new[] { ". ", "? ", "! " }, StringSplitOptions.RemoveEmptyEntries)
                .Select(sentence => (Sentence: sentence.Trim(), Score: Words(sentence).Count(wanted.Contains)))
                .OrderByDescending(s => s.Score)
                .FirstOrDefault();
            if (best.Score == 0) return null;
            return best.Sentence.Length > 160 ? best.Sentence.Substring(0, 157) + "..." : best.Sentence;
        }

        private static IEnumerable<string> Words(string text) =>
            text.Split(new[] { ' ', ',', '.', ';', ':', '"', '\u201C', '\u201D', '\n' }, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2);

        // Quote marks vanish, apostrophes and dashes take one form, white space collapses.
        private static string Fold(string text)
        {
            var builder = new StringBuilder(text.Length);
            var space = false;
            foreach (var c in text)
            {
                if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') continue;
                if (char.IsWhiteSpace(c))
                {
                    space = builder.Length > 0;
                    continue;
                }
                if (space) builder.Append(' ');
                space = false;
                builder.Append(c switch
                {
                    '\u2018' or '\u2019' or '\u201B' or '`' => '\'',
                    '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                    _ => c,
                });
            }
            return builder.ToString();
        }
    }
}
