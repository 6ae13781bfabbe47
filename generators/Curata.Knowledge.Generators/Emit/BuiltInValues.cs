using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// The built-in values of a source, actor, statement, event or relation (what its own reader read into its record) as
    /// property values named as the standard declarations name them, so the fact table writes them exactly as it writes
    /// declared values: through the schema, one encoder per datatype. This names each field once; it lays nothing out.
    /// </summary>
    internal static class BuiltInValues
    {
        /// <summary>The fact's built-in values, one entry per property present (a declared kind has none).</summary>
        public static List<PropertyValueSpec> Of(FactSpec fact) => fact switch
        {
            SourceSpec s => new Values(s.Id.Location)
                .Text("kind", s.SourceKind?.Id)
                .Text("title", s.Title)
                .Date("published", s.Published)
                .Text("publisher", s.Publisher)
                .Text("place", s.Place)
                .Texts("contributors", s.Contributors)
                .Text("language", s.Language)
                .Text("notes", s.Notes)
                .Text("textFile", s.TextFile)
                .List,
            ActorSpec a => new Values(a.Id.Location)
                .Text("kind", a.ActorKind?.Id)
                .Text("name", a.Name)
                .Texts("aliases", a.Aliases)
                .Text("description", a.Description)
                .Span("lifespan", a.Lifespan)
                .Objects("roles", a.Roles.Select(r => new Values(a.Id.Location)
                    .Text("kind", r.RoleKind.Id)
                    .Text("title", r.Title)
                    .Text("of", r.Of?.Id)
                    .Span("span", r.Span)
                    .Citations("sources", r.Sources)))
                .List,
            StatementSpec s => new Values(s.Id.Location)
                .Text("speaker", s.Speaker.Id)
                .Text("issuedThrough", s.IssuedThrough?.Id)
                .Span("date", s.Date)
                .Text("mode", Names.ToKebabCase(s.Mode))
                .Text("text", s.Text)
                // A statement is about a fact once, however often the file names it.
                .Texts("about", s.About.Select(f => f.Id).Distinct())
                .List,
            EventSpec e => new Values(e.Id.Location)
                .Text("type", e.Type.Id)
                .Text("name", e.Name)
                .Text("summary", e.Summary)
                .Span("date", e.Date)
                .Text("place", e.Place)
                .Objects("participants", e.Participants.Select(p => new Values(e.Id.Location)
                    .Text("actor", p.Actor.Id)
                    .Text("role", p.Role.Id)))
                .Objects("fatalities", e.Fatalities.Select(r => new Values(e.Id.Location)
                    .Count("count", r.Count)
                    .Text("victims", r.Victims)
                    .Texts("victimActors", r.VictimActors.Select(v => v.Id))
                    .Objects("breakdown", r.Breakdown.Select(share => new Values(e.Id.Location)
                        .Text("category", Names.ToKebabCase(share.Category))
                        .Text("actor", share.Actor?.Id)
                        .Count("count", share.Count)
                        .Text("victims", share.Victims)))
                    .Citations("sources", r.Sources)))
                .Count("occurrences", e.Occurrences)
                .Texts("causes", e.Causes.Select(c => c.Id))
                .Text("partOf", e.PartOf?.Id)
                .List,
            RelationSpec r => new Values(r.Id.Location)
                .Text("subject", r.Subject.Id)
                .Text("predicate", r.Predicate.Id)
                .Text("object", r.Object.Id)
                .Span("span", r.Span)
                .Text("note", r.Note)
                .List,
            _ => new List<PropertyValueSpec>(),
        };

        /// <summary>
        /// Collects property values; an absent value (null, or no items) adds nothing, as a declared property the file leaves
        /// out. Text carries what the datatype reads as text: text, enum values, and the ids of references and terms.
        /// </summary>
        private sealed class Values
        {
            private readonly LocationInfo _location;

            public Values(LocationInfo location) => _location = location;

            // Room for every built-in property of the widest kind, so adding never grows the list.
            public List<PropertyValueSpec> List { get; } = new List<PropertyValueSpec>(12);

            public Values Text(string property, string? text) => text == null ? this : Add(property, new[] { ValueSpec.OfText(text, _location) });

            public Values Texts(string property, IEnumerable<string> texts) => Add(property, texts.Select(t => ValueSpec.OfText(t, _location)).ToArray());

            public Values Date(string property, DateSpec? date) =>
                date == null ? this : Span(property, new SpanSpec(date, date, IsSingleDate: true, date.Location));

            public Values Span(string property, SpanSpec? span) =>
                span == null ? this : Add(property, new[] { new ValueSpec(null, 0, span, null, null, null, _location) });

            public Values Count(string property, CountSpec? count) =>
                count == null ? this : Add(property, new[] { new ValueSpec(null, 0, null, count, null, null, _location) });

            public Values Integer(string property, long? integer) =>
                integer is long value ? Add(property, new[] { new ValueSpec(null, value, null, null, null, null, _location) }) : this;

            public Values Objects(string property, IEnumerable<Values> objects) =>
                Add(property, objects.Select(o => new ValueSpec(null, 0, null, null, null, null, _location) { Properties = new EquatableArray<PropertyValueSpec>(o.List.ToArray()) }).ToArray());

            // A citation inside an object (a role's or a fatality report's sources) is an object like any other.
            public Values Citations(string property, EquatableArray<CitationSpec> citations) =>
                Objects(property, citations.Select(c => new Values(_location)
                    .Text("source", c.Source.Id)
                    .Integer("paragraph", c.Paragraph)
                    .Text("note", c.Note)));

            private Values Add(string property, ValueSpec[] items)
            {
                if (items.Length > 0) List.Add(new PropertyValueSpec(property, new EquatableArray<ValueSpec>(items)));
                return this;
            }
        }
    }
}
