using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;

namespace Curata.Knowledge.Tool.Explore
{
    /// <summary>Small pieces of HTML; every text from the knowledge goes through <see cref="Text"/>, so data never becomes markup.</summary>
    internal static class Html
    {
        public static string Text(string? text) => WebUtility.HtmlEncode(text ?? "");

        /// <summary>Words that start a line or a value: "since 2003" becomes "Since 2003".</summary>
        public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        /// <summary>A link to a fact's page, titled with what a reader calls the fact.</summary>
        public static string FactLink(FactCatalog catalog, string id, string root) =>
            catalog.Find(id) == null ? Text(id) : $"<a href=\"{root}{FactCatalog.PagePath(id)}\">{Text(catalog.Title(id))}</a>";

        /// <summary>A section with a heading and a list, left out when there is nothing to list.</summary>
        public static void Section(StringBuilder page, string heading, IEnumerable<string> items, string? className = null)
        {
            var list = items.ToList();
            if (list.Count == 0) return;
            page.Append("<section").Append(className == null ? "" : $" class=\"{className}\"").Append("><h2>").Append(Text(heading)).Append("</h2><ul>");
            foreach (var item in list) page.Append("<li>").Append(item).Append("</li>");
            page.Append("</ul></section>\n");
        }

        /// <summary>A definition list of labelled values (already HTML), skipping empty ones.</summary>
        public static void Details(StringBuilder page, IEnumerable<(string Label, string? Value)> rows)
        {
            var present = rows.Where(r => !string.IsNullOrEmpty(r.Value)).ToList();
            if (present.Count == 0) return;
            page.Append("<dl class=\"details\">");
            foreach (var (label, value) in present) page.Append("<dt>").Append(Text(label)).Append("</dt><dd>").Append(value).Append("</dd>");
            page.Append("</dl>\n");
        }

        /// <summary>
        /// A whole page: the shared header (site name, the three views, the search box), the body, and the shared style and
        /// script, referred to from <paramref name="root"/> (the way back to the site's folder).
        /// </summary>
        public static string Page(string title, string root, string kindLabel, string body, string pageKind) => $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Text(title)}}</title>
            <link rel="stylesheet" href="{{root}}explorer.css">
            </head>
            <body class="{{pageKind}}" data-root="{{root}}">
            <header class="site">
            <a class="home" href="{{root}}index.html">Knowledge explorer</a>
            <nav><a href="{{root}}timeline.html">Timeline</a> <a href="{{root}}network.html">Network</a> <a href="{{root}}index.html#everything">Everything</a></nav>
            <form class="search" action="{{root}}search.html" method="get" role="search">
            <input type="search" name="q" aria-label="Search names, aliases and statements" placeholder="Search names, aliases, statements">
            <button type="submit">Search</button>
            </form>
            </header>
            <main>
            {{(kindLabel.Length == 0 ? "" : $"<p class=\"kind\">{Text(kindLabel)}</p>")}}
            <h1>{{Text(title)}}</h1>
            {{body}}
            </main>
            <script src="{{root}}explorer.js"></script>
            </body>
            </html>
            """;
    }
}
