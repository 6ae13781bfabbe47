using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Explore
{
    /// <summary>
    /// The plain-text copies of sources (<c>textFile</c>), read as the build reads them (one paragraph per non-empty line), so a
    /// quotation's page can show the paragraph it was taken from.
    /// </summary>
    internal sealed class SourceTexts
    {
        private readonly Dictionary<string, IReadOnlyList<string>?> _paragraphs = new(StringComparer.Ordinal);

        /// <summary>The source's paragraphs, or null when it has no text file or the file cannot be read.</summary>
        public IReadOnlyList<string>? Paragraphs(SourceSpec source)
        {
            if (_paragraphs.TryGetValue(source.Id.Id, out var known)) return known;
            IReadOnlyList<string>? paragraphs = null;
            if (source.TextFile != null)
            {
                var path = QuoteGrounding.ResolvePath(source.Id.Location.Path, source.TextFile);
                if (File.Exists(path)) paragraphs = QuoteGrounding.Paragraphs(File.ReadAllText(path));
            }
            return _paragraphs[source.Id.Id] = paragraphs;
        }

        /// <summary>
        /// The paragraph as HTML with each occurrence of the quotation marked; a quotation with an ellipsis is marked part by
        /// part. Case is forgiven, as a quotation may start a sentence the source continues.
        /// </summary>
        public static string Highlight(string paragraph, string quotation, out bool found)
        {
            var parts = quotation.Split(new[] { "\u2026", "..." }, StringSplitOptions.None).Select(p => p.Trim(' ', '"', '\u201C', '\u201D')).Where(p => p.Length > 0);
            var marks = new List<(int Start, int Length)>();
            var position = 0;
            found = true;
            foreach (var part in parts)
            {
                var at = paragraph.IndexOf(part, position, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    found = false;
                    continue;
                }
                marks.Add((at, part.Length));
                position = at + part.Length;
            }
            if (marks.Count == 0) found = false;
            var html = new StringBuilder();
            var from = 0;
            foreach (var (start, length) in marks)
            {
                html.Append(Html.Text(paragraph.Substring(from, start - from))).Append("<mark class=\"quotation\">")
                    .Append(Html.Text(paragraph.Substring(start, length))).Append("</mark>");
                from = start + length;
            }
            return html.Append(Html.Text(paragraph.Substring(from))).ToString();
        }
    }
}
