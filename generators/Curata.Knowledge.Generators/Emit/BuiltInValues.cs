using System;
using System.Collections.Generic;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// The built-in values of a source, actor, statement, event or relation (what its own reader read into its record) as
    /// property values named as the standard declarations name them, so the fact table writes them exactly as it writes
    /// declared values: through the schema, one encoder per datatype. This names each field once; it lays nothing out.
    /// </summary>
    /// <summary>
    /// Receives a fact's built-in values property by property, named as the standard declarations name them. An absent value
    /// (null, or no items) is no property, as a declared property the file leaves out. Text carries what the datatype reads as
    /// text: text, enum values, and the ids of references and terms.
    /// </summary>
    internal interface IValueSink
    {
        void Text(string property, string? text);

        void Texts(string property, IReadOnlyList<string> texts);

        /// <summary>References as the ids they name; <paramref name="once"/>: each id once, where first named.</summary>
        void Ids(string property, EquatableArray<IdRef> ids, bool once = false);

        void Date(string property, DateSpec? date);

        void Span(string property, SpanSpec? span);

        void Count(string property, CountSpec? count);

        void Integer(string property, long? integer);

        /// <summary>An object-valued property: <paramref name="describe"/> gives each item's own values to the sink.</summary>
        void Objects<T>(string property, EquatableArray<T> items, Action<IValueSink, T> describe) where T : IEquatable<T>;
    }

    /// <summary>
    /// The built-in values of a source, actor, statement, event or relation (what its own reader read into its record), handed
    /// to the fact table as values of the properties the standard declarations list, so the table writes them exactly as it
    /// writes declared values: through the schema, one encoder per datatype. This names each field once; it lays nothing out.
    /// </summary>
    internal static class BuiltInValues
    {
        /// <summary>Gives the fact's built-in values to <paramref name="sink"/> (a declared kind has none).</summary>
        public static void Write(FactSpec fact, IValueSink sink)
        {
            switch (fact)
            {
                case SourceSpec s:
                    sink.Text("kind", s.SourceKind?.Id);
                    sink.Text("title", s.Title);
                    sink.Date("published", s.Published);
                    sink.Text("publisher", s.Publisher);
                    sink.Text("place", s.Place);
                    sink.Texts("contributors", s.Contributors);
                    sink.Text("language", s.Language);
                    sink.Text("notes", s.Notes);
                    sink.Text("textFile", s.TextFile);
                    break;
                case ActorSpec a:
                    sink.Text("kind", a.ActorKind?.Id);
                    sink.Text("name", a.Name);
                    sink.Texts("aliases", a.Aliases);
                    sink.Text("description", a.Description);
                    sink.Span("lifespan", a.Lifespan);
                    sink.Objects("roles", a.Roles, (role, r) =>
                    {
                        role.Text("kind", r.RoleKind.Id);
                        role.Text("title", r.Title);
                        role.Text("of", r.Of?.Id);
                        role.Span("span", r.Span);
                        Citations(role, "sources", r.Sources);
                    });
                    break;
                case StatementSpec s:
                    sink.Text("speaker", s.Speaker.Id);
                    sink.Text("issuedThrough", s.IssuedThrough?.Id);
                    sink.Span("date", s.Date);
                    sink.Text("mode", Names.ToKebabCase(s.Mode));
                    sink.Text("text", s.Text);
                    // A statement is about a fact once, however often the file names it.
                    sink.Ids("about", s.About, once: true);
                    break;
                case EventSpec e:
                    sink.Text("type", e.Type.Id);
                    sink.Text("name", e.Name);
                    sink.Text("summary", e.Summary);
                    sink.Span("date", e.Date);
                    sink.Text("place", e.Place);
                    sink.Objects("participants", e.Participants, (participant, p) =>
                    {
                        participant.Text("actor", p.Actor.Id);
                        participant.Text("role", p.Role.Id);
                    });
                    sink.Objects("fatalities", e.Fatalities, (report, r) =>
                    {
                        report.Count("count", r.Count);
                        report.Text("victims", r.Victims);
                        report.Ids("victimActors", r.VictimActors);
                        report.Objects("breakdown", r.Breakdown, (share, b) =>
                        {
                            share.Text("category", Names.ToKebabCase(b.Category));
                            share.Text("actor", b.Actor?.Id);
                            share.Count("count", b.Count);
                            share.Text("victims", b.Victims);
                        });
                        Citations(report, "sources", r.Sources);
                    });
                    sink.Count("occurrences", e.Occurrences);
                    sink.Ids("causes", e.Causes);
                    sink.Text("partOf", e.PartOf?.Id);
                    break;
                case RelationSpec r:
                    sink.Text("subject", r.Subject.Id);
                    sink.Text("predicate", r.Predicate.Id);
                    sink.Text("object", r.Object.Id);
                    sink.Span("span", r.Span);
                    sink.Text("note", r.Note);
                    break;
            }
        }

        // A citation inside an object (a role's or a fatality report's sources) is an object like any other.
        private static void Citations(IValueSink sink, string property, EquatableArray<CitationSpec> citations) =>
            sink.Objects(property, citations, (citation, c) =>
            {
                citation.Text("source", c.Source.Id);
                citation.Integer("paragraph", c.Paragraph);
                citation.Text("note", c.Note);
            });
    }
}
