using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Explore
{
    /// <summary>
    /// One page per fact, written for a reader: names and titles instead of ids, dates and counts in words, every citation with
    /// its source's title and paragraph, and links to every fact it mentions or that mentions it.
    /// </summary>
    internal sealed class FactPages
    {
        private const string Root = "../";
        private readonly FactCatalog _catalog;
        private readonly SourceTexts _texts = new();

        // Declared properties a page already shows in its own way, by kind, so the general list does not repeat them.
        private static readonly Dictionary<string, string[]> ShownElsewhere = new(StringComparer.Ordinal)
        {
            [StandardKinds.Place] = new[] { "name", "aliases", "kind", "partOf", "description" },
            [StandardKinds.Event] = new[] { "places" },
        };

        public FactPages(FactCatalog catalog) => _catalog = catalog;

        /// <summary>The page of a fact, as a whole HTML document.</summary>
        public string Write(FactSpec fact)
        {
            var body = new StringBuilder();
            switch (fact)
            {
                case ActorSpec actor: Actor(body, actor); break;
                case EventSpec e: Event(body, e); break;
                case StatementSpec statement: Statement(body, statement); break;
                case SourceSpec source: Source(body, source); break;
                case RelationSpec relation: Relation(body, relation); break;
                default: Declared(body, fact); break;
            }
            Common(body, fact);
            return Html.Page(_catalog.Title(fact.Id.Id), Root, KindLabel(fact), body.ToString(), "fact-page " + CssKind(fact));
        }

        private string Link(string id) => Html.FactLink(_catalog, id, Root);

        private string KindLabel(FactSpec fact) => fact switch
        {
            ActorSpec { ActorKind: IdRef kind } => _catalog.TermName(Vocabularies.ActorKinds, kind.Id),
            SourceSpec { SourceKind: IdRef kind } => _catalog.TermName(Vocabularies.SourceKinds, kind.Id),
            EventSpec e => _catalog.TermName(Vocabularies.EventTypes, e.Type.Id),
            StatementSpec s => FactCatalog.IsQuotation(s) ? "Quotation" : "Statement in the curator's words",
            _ when fact.Kind == StandardKinds.Place && FactCatalog.TextValue(fact, "kind") is string kind => _catalog.TermName(Vocabularies.PlaceKinds, kind),
            _ => _catalog.KindName(fact),
        };

        private static string CssKind(FactSpec fact) => fact switch
        {
            ActorSpec => "actor",
            EventSpec => "event",
            StatementSpec => "statement",
            SourceSpec => "source",
            RelationSpec => "relation",
            _ => fact.Kind == StandardKinds.Place ? "place" : "declared",
        };

        private void Actor(StringBuilder page, ActorSpec actor)
        {
            if (actor.Description != null) page.Append("<p class=\"description\">").Append(Html.Text(actor.Description)).Append("</p>\n");
            var isPerson = actor.ActorKind?.Id == "person";
            Html.Details(page, new[]
            {
                ("Also known as", actor.Aliases.Count == 0 ? null : Html.Text(string.Join(", ", actor.Aliases))),
                (isPerson ? "Lived" : "Active", actor.Lifespan == null ? null : Html.Text(Html.Capitalise(SpecDates.Words(actor.Lifespan)))),
            });
            Html.Section(page, "Roles", actor.Roles.Select(Role));
            Html.Section(page, "Relations", _catalog.RelationsOf[actor.Id.Id].Select(RelationLine), "relations");
            Html.Section(page, "Took part in", _catalog.EventsOf[actor.Id.Id].Distinct().Select(e =>
                $"{Link(e.Id.Id)}{EventDateSuffix(e)} \u2014 as {Html.Text(string.Join(" and ", e.Participants.Where(p => p.Actor.Id == actor.Id.Id).Select(p => LowerFirst(_catalog.TermName(Vocabularies.ParticipantRoles, p.Role.Id)))))}"));
            Html.Section(page, "Said", _catalog.StatementsBy[actor.Id.Id].Select(StatementLine));
        }

        private string Role(RoleSpec role)
        {
            var text = new StringBuilder(Html.Text(_catalog.TermName(Vocabularies.RoleKinds, role.RoleKind.Id)));
            if (role.Title != null) text.Append(": ").Append(Html.Text(role.Title));
            if (role.Of != null) text.Append(role.Title != null ? " of " : ": ").Append(Link(role.Of.Id));
            if (role.Span != null) text.Append(", ").Append(Html.Text(SpecDates.Words(role.Span)));
            return text.Append(Citations(role.Sources)).ToString();
        }

        private void Event(StringBuilder page, EventSpec e)
        {
            if (e.Summary != null) page.Append("<p class=\"description\">").Append(Html.Text(e.Summary)).Append("</p>\n");
            var places = _catalog.PlacesOf(e).Select(PlaceWithAncestors).ToList();
            Html.Details(page, new[]
            {
                ("When", e.Date == null ? null : Html.Text(Html.Capitalise(SpecDates.Words(e.Date)))),
                ("Where", places.Count > 0 ? string.Join("; ", places) : e.Place == null ? null : Html.Text(e.Place)),
                ("How many times", e.Occurrences == null ? null : Html.Text(SpecDates.Words(e.Occurrences))),
                ("Part of", e.PartOf == null ? null : Link(e.PartOf.Id)),
            });
            Html.Section(page, "Who took part", e.Participants.Select(p =>
                $"{Link(p.Actor.Id)} \u2014 {Html.Text(_catalog.TermName(Vocabularies.ParticipantRoles, p.Role.Id))}"), "participants");
            Fatalities(page, e);
            Html.Section(page, "Caused by", e.Causes.Select(c => Link(c.Id)));
            Html.Section(page, "Led to", _catalog.ConsequencesOf[e.Id.Id].Select(c => Link(c.Id.Id)));
            Html.Section(page, "Parts", _catalog.PartsOf[e.Id.Id].Select(p => Link(p.Id.Id) + EventDateSuffix(p)));
        }

        // The first report gives the total and its breakdown; the others are accounts that dispute it, never added to it.
        private void Fatalities(StringBuilder page, EventSpec e)
        {
            if (e.Fatalities.Count == 0) return;
            var first = e.Fatalities[0];
            page.Append("<section class=\"fatalities\"><h2>Deaths</h2>");
            page.Append("<p class=\"total\">Total: <strong>").Append(Html.Text(SpecDates.Words(first.Count))).Append("</strong>")
                .Append(first.Victims == null ? "" : " \u2014 " + Html.Text(first.Victims)).Append(Citations(first.Sources)).Append("</p>");
            if (first.Breakdown.Count > 0) page.Append("<h3>How the total divides</h3>");
            Breakdown(page, first.Breakdown);
            if (e.Fatalities.Count > 1)
            {
                page.Append("<h3>Disputed: other accounts</h3><ul class=\"alternatives\">");
                foreach (var report in e.Fatalities.Skip(1))
                {
                    page.Append("<li><strong>").Append(Html.Text(SpecDates.Words(report.Count))).Append("</strong>")
                        .Append(report.Victims == null ? "" : " \u2014 " + Html.Text(report.Victims)).Append(Citations(report.Sources));
                    Breakdown(page, report.Breakdown);
                    page.Append("</li>");
                }
                page.Append("</ul>");
            }
            page.Append("</section>\n");
        }

        // "Ostrel Liberation Front: 5", "Civilians: 8", "Unknown affiliation: 1" (the category is the enum's member name).
        private string Share(FatalityShareSpec share)
        {
            var who = share.Category.ToLowerInvariant() switch
            {
                "side" => share.Actor != null ? Link(share.Actor.Id) : "One side",
                "civilians" => "Civilians",
                "unknown" => "Unknown affiliation",
                _ => Html.Text(FactCatalog.Humanise(share.Category)),
            };
            return $"{who}: {Html.Text(SpecDates.Words(share.Count))}{(share.Victims == null ? "" : " \u2014 " + Html.Text(share.Victims))}";
        }

        private void Breakdown(StringBuilder page, IReadOnlyList<FatalityShareSpec> breakdown)
        {
            if (breakdown.Count == 0) return;
            page.Append("<ul class=\"breakdown\">");
            foreach (var share in breakdown) page.Append("<li>").Append(Share(share)).Append("</li>");
            page.Append("</ul>");
        }

        private void Statement(StringBuilder page, StatementSpec statement)
        {
            page.Append(FactCatalog.IsQuotation(statement)
                ? $"<blockquote class=\"quotation\">\u201C{Html.Text(statement.Text)}\u201D</blockquote>\n"
                : $"<p class=\"paraphrase\">{Html.Text(statement.Text)}</p>\n");
            Html.Details(page, new[]
            {
                ("Said by", Link(statement.Speaker.Id)),
                ("Issued through", statement.IssuedThrough == null ? null : Link(statement.IssuedThrough.Id)),
                ("When", statement.Date == null ? null : Html.Text(Html.Capitalise(SpecDates.MomentWords(statement.Date)))),
                ("About", statement.About.Count == 0 ? null : string.Join(", ", statement.About.Select(a => Link(a.Id)))),
            });
            if (FactCatalog.IsQuotation(statement)) QuotedParagraphs(page, statement);
        }

        // For each citation of a paragraph of a source with a text copy: the paragraph, the quotation marked in it.
        private void QuotedParagraphs(StringBuilder page, StatementSpec statement)
        {
            foreach (var citation in statement.Sources)
            {
                if (citation.Paragraph is not int number || _catalog.Find(citation.Source.Id) is not SourceSpec source) continue;
                var paragraphs = _texts.Paragraphs(source);
                if (paragraphs == null || number < 1 || number > paragraphs.Count) continue;
                var marked = SourceTexts.Highlight(paragraphs[number - 1], statement.Text, out var found);
                page.Append("<section class=\"in-context\"><h2>In its paragraph</h2><p class=\"context-source\">")
                    .Append(Link(source.Id.Id)).Append(", paragraph ").Append(number).Append("</p><p class=\"source-paragraph\">")
                    .Append(marked).Append("</p>");
                if (!found) page.Append("<p class=\"warning\">The quotation does not appear word for word in this paragraph.</p>");
                page.Append("</section>\n");
            }
        }

        private void Source(StringBuilder page, SourceSpec source)
        {
            Html.Details(page, new[]
            {
                ("Published", source.Published == null ? null : Html.Text(SpecDates.Words(source.Published))),
                ("Publisher", source.Publisher == null ? null : Html.Text(source.Publisher)),
                ("Reported from", source.Place == null ? null : Html.Text(source.Place)),
                ("By", source.Contributors.Count == 0 ? null : Html.Text(string.Join(", ", source.Contributors))),
                ("Language", source.Language == null ? null : Html.Text(LanguageName(source.Language))),
            });
            if (source.Notes != null) page.Append("<section class=\"notes\"><h2>Curator's notes</h2><p>").Append(Html.Text(source.Notes)).Append("</p></section>\n");
            Html.Section(page, "Facts that cite it", _catalog.CitersOf[source.Id.Id]
                .OrderBy(f => _catalog.KindName(f), StringComparer.Ordinal).ThenBy(f => _catalog.Title(f.Id.Id), StringComparer.Ordinal)
                .Select(f => $"{Html.Text(_catalog.KindName(f))}: {Link(f.Id.Id)}"));
            if (_texts.Paragraphs(source) is IReadOnlyList<string> paragraphs)
            {
                page.Append("<section class=\"source-text\"><h2>Text</h2><ol>");
                foreach (var paragraph in paragraphs) page.Append("<li>").Append(Html.Text(paragraph)).Append("</li>");
                page.Append("</ol></section>\n");
            }
        }

        private static string LanguageName(string tag)
        {
            try { return CultureInfo.GetCultureInfo(tag).EnglishName; }
            catch (CultureNotFoundException) { return tag; }
        }

        private void Relation(StringBuilder page, RelationSpec relation)
        {
            page.Append("<p class=\"sentence\">").Append(RelationSentence(relation)).Append("</p>\n");
            Html.Details(page, new (string, string?)[] { ("When", relation.Span == null ? "No dates given" : Html.Text(Html.Capitalise(SpecDates.Words(relation.Span)))) });
            if (relation.Note != null) page.Append("<p class=\"note\">Curator's note: ").Append(Html.Text(relation.Note)).Append("</p>\n");
        }

        /// <summary>"Iran-backed Iraqi militias — opposes — United States military": the predicate's own name, between the two.</summary>
        private string RelationSentence(RelationSpec relation) =>
            $"{Link(relation.Subject.Id)} <span class=\"predicate\">\u2014 {Html.Text(_catalog.TermName(Vocabularies.Predicates, relation.Predicate.Id))} \u2014</span> {Link(relation.Object.Id)}";

        private string RelationLine(RelationSpec relation) =>
            $"{RelationSentence(relation)}{(relation.Span == null ? "" : ", " + Html.Text(SpecDates.Words(relation.Span)))} <a class=\"more\" href=\"{Root}{FactCatalog.PagePath(relation.Id.Id)}\">details</a>";

        private string StatementLine(StatementSpec statement) =>
            $"{Link(statement.Id.Id)}{(statement.Date == null ? "" : ", " + Html.Text(SpecDates.MomentWords(statement.Date)))}";

        private void Declared(StringBuilder page, FactSpec fact)
        {
            if (fact.Kind != StandardKinds.Place) return;
            if (FactCatalog.TextValue(fact, "description") is string description) page.Append("<p class=\"description\">").Append(Html.Text(description)).Append("</p>\n");
            var aliases = fact.Values.FirstOrDefault(v => v.Property == "aliases")?.Values.Select(v => v.Text).OfType<string>().ToList();
            var ancestors = _catalog.PlaceAncestors(fact.Id.Id);
            Html.Details(page, new[]
            {
                ("Also known as", aliases == null || aliases.Count == 0 ? null : Html.Text(string.Join(", ", aliases))),
                ("Lies in", ancestors.Count == 0 ? null : $"<span class=\"hierarchy\">{string.Join(" \u203A ", ancestors.Select(a => Link(a.Id.Id)))}</span>"),
            });
            Html.Section(page, "Places within it", _catalog.PlacesWithin[fact.Id.Id].Select(p => Link(p.Id.Id)));
            var within = new HashSet<string>(WithinPlace(fact.Id.Id), StringComparer.Ordinal);
            Html.Section(page, "What happened here", _catalog.Spec.Events.Where(e => _catalog.PlacesOf(e).Any(within.Contains))
                .Select(e => Link(e.Id.Id) + EventDateSuffix(e)));
        }

        private IEnumerable<string> WithinPlace(string placeId)
        {
            yield return placeId;
            foreach (var child in _catalog.PlacesWithin[placeId])
                foreach (var id in WithinPlace(child.Id.Id)) yield return id;
        }

        private string PlaceWithAncestors(string placeId) =>
            string.Join(", ", new[] { Link(placeId) }.Concat(_catalog.PlaceAncestors(placeId).Select(a => Html.Text(_catalog.Title(a.Id.Id)))));

        // What every fact has: declared values, external identifiers, statements about it, what refers to it, and its citations.
        private void Common(StringBuilder page, FactSpec fact)
        {
            var skipped = ShownElsewhere.TryGetValue(fact.Kind, out var names) ? names : Array.Empty<string>();
            var values = fact.Values.Where(v => !skipped.Contains(v.Property)
                && !(fact is DeclaredFactSpec && fact.Kind != StandardKinds.Place && v.Property == "name")).ToList();
            if (values.Count > 0)
            {
                page.Append("<section class=\"properties\"><h2>Details</h2><dl class=\"details\">");
                foreach (var value in values)
                {
                    var property = _catalog.Property(fact.Kind, value.Property);
                    page.Append("<dt>").Append(Html.Text(FactCatalog.Humanise(value.Property))).Append("</dt><dd>")
                        .Append(string.Join(", ", value.Values.Select(v => Value(property, v))));
                    if (property?.Description != null) page.Append("<span class=\"about-property\">").Append(Html.Text(property.Description)).Append("</span>");
                    page.Append("</dd>");
                }
                page.Append("</dl></section>\n");
            }
            Html.Section(page, "Identifiers elsewhere", fact.Ids.Select(ExternalId));
            Html.Section(page, "Statements about it", _catalog.StatementsAbout[fact.Id.Id].Select(StatementLine));
            Html.Section(page, "Referred to by", _catalog.ReferrersOf[fact.Id.Id].Select(f => $"{Html.Text(_catalog.KindName(f))}: {Link(f.Id.Id)}"));
            Html.Section(page, "Sources", fact.Sources.Select(Citation), "citations");
        }

        private string ExternalId(ExternalIdSpec id)
        {
            var scheme = _catalog.Spec.Schemes.FirstOrDefault(s => s.Id.Id == id.Scheme.Name);
            var name = Html.Text(scheme?.Name ?? id.Scheme.Name);
            return scheme?.Url is string url
                ? $"{name}: <a href=\"{Html.Text(url.Replace("{id}", Uri.EscapeDataString(id.Value)))}\">{Html.Text(id.Value)}</a>"
                : $"{name}: {Html.Text(id.Value)}";
        }

        private string Value(PropertySpec? property, ValueSpec value) => property?.Type switch
        {
            Datatype.Reference => value.Text == null ? "" : Link(value.Text),
            Datatype.Term => Html.Text(_catalog.TermName(property.Target?.Name ?? "", value.Text ?? "")),
            Datatype.Enum => Html.Text(FactCatalog.Humanise(value.Text ?? "")),
            Datatype.Boolean => value.Integer != 0 ? "yes" : "no",
            Datatype.Integer => value.Integer.ToString("N0", CultureInfo.InvariantCulture),
            Datatype.Date or Datatype.Span => value.Span == null ? "" : Html.Text(SpecDates.Words(value.Span)),
            Datatype.Count => value.Count == null ? "" : Html.Text(SpecDates.Words(value.Count)),
            Datatype.Quantity => Html.Text($"{value.Text} {value.Unit}"),
            Datatype.Point => value.Point == null ? "" : Html.Text(PointWords(value.Point)),
            _ => Html.Text(value.Text),
        };

        private static string PointWords(PointSpec point) =>
            string.Format(CultureInfo.InvariantCulture, "{0}° {1}, {2}° {3}", Math.Abs(point.Latitude), point.Latitude < 0 ? "S" : "N",
                Math.Abs(point.Longitude), point.Longitude < 0 ? "W" : "E");

        private string Citation(CitationSpec citation) =>
            Link(citation.Source.Id) + (citation.Paragraph is int p ? $", paragraph {p}" : "")
            + (citation.Note == null ? "" : $"<span class=\"note\">Curator's note: {Html.Text(citation.Note)}</span>");

        private string Citations(IEnumerable<CitationSpec> citations)
        {
            var list = citations.ToList();
            return list.Count == 0 ? "" : $"<span class=\"cited\">Source: {string.Join("; ", list.Select(Citation))}</span>";
        }

        // "Side A" within a sentence is "side A": only the first letter, so letters that name something keep their case.
        private static string LowerFirst(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

        // An unnamed event's title already ends with its date.
        private static string EventDateSuffix(EventSpec e) => e.Name == null || e.Date == null ? "" : ", " + Html.Text(SpecDates.Words(e.Date));
    }
}
