using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Explore
{
    /// <summary>
    /// Writes the explorer: a static site that works offline from its folder (no server, nothing fetched from elsewhere).
    /// <c>index.html</c> lists everything, <c>timeline.html</c> and <c>network.html</c> draw the events and relations,
    /// <c>search.html</c> searches names, aliases and statements, and <c>facts/&lt;id&gt;.html</c> is one page per fact.
    /// Interactive state lives in the address (<c>network.html#date=2024-02-07</c>, <c>search.html#q=ameri</c>), so a
    /// view can be bookmarked, shared and tested.
    /// </summary>
    internal static class ExplorerSite
    {
        /// <summary>Writes the site for a checked knowledge base into <paramref name="outputFolder"/>; returns how many pages.</summary>
        public static int Write(KnowledgeBaseSpec spec, string outputFolder)
        {
            var catalog = new FactCatalog(spec);
            var facts = Path.Combine(outputFolder, "facts");
            Directory.CreateDirectory(facts);
            File.WriteAllText(Path.Combine(outputFolder, "explorer.css"), ExplorerAssets.Style);
            File.WriteAllText(Path.Combine(outputFolder, "explorer.js"), ExplorerAssets.Script);
            File.WriteAllText(Path.Combine(outputFolder, "index.html"), Html.Page("Knowledge explorer", "", "", Overview(catalog), "overview"));
            File.WriteAllText(Path.Combine(outputFolder, "timeline.html"), Html.Page("Timeline", "", "", TimelineDrawing.Write(catalog), "timeline-page"));
            File.WriteAllText(Path.Combine(outputFolder, "network.html"), Html.Page("Network", "", "", NetworkDrawing.Write(catalog), "network-page"));
            File.WriteAllText(Path.Combine(outputFolder, "search.html"), Html.Page("Search", "", "", SearchPage(catalog), "search-page"));
            var pages = new FactPages(catalog);
            var count = 4;
            foreach (var fact in catalog.Facts)
            {
                File.WriteAllText(Path.Combine(outputFolder, FactCatalog.PagePath(fact.Id.Id)), pages.Write(fact));
                count++;
            }
            return count;
        }

        private static string Overview(FactCatalog catalog)
        {
            var spec = catalog.Spec;
            var page = new StringBuilder();
            var dated = spec.Events.Where(e => e.Date != null).Select(e => SpecDates.ToSpan(e.Date!)).ToList();
            page.Append("<p class=\"lead\">")
                .Append(Html.Text($"{Counted(spec.Actors.Count, "actor")}, {Counted(spec.Events.Count, "event")}, {Counted(spec.Statements.Count, "statement")}, "
                    + $"{Counted(spec.Relations.Count, "relation")} and {Counted(spec.Sources.Count, "source")}"));
            var earliest = dated.Where(d => d.From != null).Select(d => d.From!.Value).DefaultIfEmpty().Min();
            var latest = dated.Select(d => d.To ?? d.From).OfType<PartialDate>().DefaultIfEmpty().Max();
            if (dated.Count > 0 && earliest.Year > 0 && latest.Year > 0) page.Append(Html.Text($", with events dated from {earliest.ToWords()} to {latest.ToWords()}"));
            page.Append(".</p>\n<ul class=\"views\"><li><a href=\"timeline.html\">The timeline</a>: every dated event on one time axis.</li>")
                .Append("<li><a href=\"network.html\">The network</a>: who stands in what relation to whom, on any date.</li></ul>\n")
                .Append("<div id=\"everything\">\n");
            Listing(page, catalog, "Actors", spec.Actors);
            Listing(page, catalog, "Events", spec.Events);
            Listing(page, catalog, "Statements", spec.Statements);
            Listing(page, catalog, "Relations", spec.Relations);
            Listing(page, catalog, "Sources", spec.Sources);
            foreach (var kind in spec.Kinds.Where(k => !StandardKinds.HasOwnReader(k.Id.Id)).OrderBy(k => k.Id.Id != StandardKinds.Place).ThenBy(k => k.Id.Id, StringComparer.Ordinal))
            {
                var facts = spec.DeclaredFacts.Where(f => f.Kind == kind.Id.Id).ToList();
                if (facts.Count == 0) continue;
                var heading = kind.Id.Id == StandardKinds.Place ? "Places" : FactCatalog.Humanise(kind.Plural.Name);
                Listing(page, catalog, heading, facts, kind.Id.Id == StandardKinds.Place ? null : kind.Description);
            }
            return page.Append("</div>\n").ToString();
        }

        private static void Listing(StringBuilder page, FactCatalog catalog, string heading, IEnumerable<FactSpec> facts, string? description = null)
        {
            var list = facts.OrderBy(f => catalog.Title(f.Id.Id), StringComparer.CurrentCultureIgnoreCase).ToList();
            if (list.Count == 0) return;
            page.Append("<section class=\"listing\"><h2>").Append(Html.Text(heading)).Append("</h2>");
            if (description != null) page.Append("<p class=\"about-kind\">").Append(Html.Text(description)).Append("</p>");
            page.Append("<ul>");
            foreach (var fact in list) page.Append("<li>").Append(Html.FactLink(catalog, fact.Id.Id, "")).Append("</li>");
            page.Append("</ul></section>\n");
        }

        private static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

        // The search page carries its own index, so searching needs nothing but the file.
        private static string SearchPage(FactCatalog catalog)
        {
            var entries = catalog.Facts.Where(f => f is not RelationSpec)
                .OrderBy(f => catalog.Title(f.Id.Id), StringComparer.Ordinal)
                .Select(f => new SearchEntry(catalog.Title(f.Id.Id), SearchKind(catalog, f), FactCatalog.PagePath(f.Id.Id), Aliases(f),
                    f is StatementSpec s ? s.Text : null))
                .ToList();
            // The default encoder writes '<' as \u003C, so no text can close the script element early.
            var json = JsonSerializer.Serialize(entries, SearchJson.Default.ListSearchEntry);
            return "<p class=\"lead\">Names, other names and what was said. Type in the box above.</p>\n"
                + "<p id=\"search-status\" class=\"status\"></p>\n<ol id=\"search-results\" class=\"search-results\"></ol>\n"
                + $"<script type=\"application/json\" id=\"search-index\">{json}</script>\n";
        }

        private static string SearchKind(FactCatalog catalog, FactSpec fact) => fact switch
        {
            StatementSpec s => FactCatalog.IsQuotation(s) ? "Quotation" : "Statement",
            _ => catalog.KindName(fact),
        };

        private static IReadOnlyList<string> Aliases(FactSpec fact) => fact switch
        {
            ActorSpec actor => actor.Aliases.ToList(),
            _ => fact.Values.FirstOrDefault(v => v.Property == "aliases")?.Values.Select(v => v.Text).OfType<string>().ToList() ?? new List<string>(),
        };
    }

    /// <summary>One searchable fact: what the search page shows and matches (title, other names, a statement's words).</summary>
    internal sealed record SearchEntry(string Title, string Kind, string Page, IReadOnlyList<string> Aliases, string? Text);

    [System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    [System.Text.Json.Serialization.JsonSerializable(typeof(List<SearchEntry>))]
    internal sealed partial class SearchJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }
}
