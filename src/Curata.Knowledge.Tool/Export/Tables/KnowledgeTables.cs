using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Export.Tables
{
    /// <summary>
    /// The checked knowledge base as relational tables: one per kind (standard and declared) with one column per single-valued
    /// property, link tables for what a fact has many of (aliases, participants, fatality reports and their breakdowns,
    /// many-valued declared properties), citations and external ids of every fact, and the declarations themselves. Table and
    /// column names are snake case; docs/export.md lists them. Structured values spread over several columns with the
    /// property's name as prefix: a span or date is its text plus <c>_earliest</c> and <c>_latest</c> days, a count
    /// <c>_low</c>/<c>_best</c>/<c>_high</c>, a quantity <c>_amount</c>/<c>_unit</c>, a point
    /// <c>_latitude</c>/<c>_longitude</c>/<c>_precision</c>.
    /// </summary>
    internal sealed class KnowledgeTables
    {
        private readonly KnowledgeModel _model;
        private readonly List<ExportTable> _tables = new List<ExportTable>();
        private readonly Dictionary<string, ExportTable> _byName = new Dictionary<string, ExportTable>(StringComparer.Ordinal);
        private readonly ExportTable _citations;
        private readonly ExportTable _externalIds;

        private KnowledgeTables(KnowledgeModel model)
        {
            _model = model;
            _citations = Table("citations").Column("fact_id", ColumnType.String).Column("fact_kind", ColumnType.String)
                .Column("part", ColumnType.String).Column("position", ColumnType.Int64).Column("source_id", ColumnType.String)
                .Column("paragraph", ColumnType.Int64).Column("note", ColumnType.String);
            _externalIds = Table("external_ids").Column("fact_id", ColumnType.String).Column("fact_kind", ColumnType.String)
                .Column("scheme", ColumnType.String).Column("value", ColumnType.String).Column("url", ColumnType.String);
        }

        /// <summary>Every table, in a stable order: citations and external ids first, then kinds, links and declarations.</summary>
        public IReadOnlyList<ExportTable> Tables => _tables;

        public ExportTable this[string name] => _byName[name];

        public static KnowledgeTables Build(KnowledgeModel model)
        {
            var tables = new KnowledgeTables(model);
            tables.AddSources();
            tables.AddActors();
            tables.AddStatements();
            tables.AddEvents();
            tables.AddRelations();
            foreach (var kind in model.DeclaredKinds) tables.AddDeclaredKind(kind);
            tables.AddDeclarations();
            return tables;
        }

        private ExportTable Table(string name)
        {
            if (_byName.ContainsKey(name))
                throw new InvalidOperationException($"Two tables would be named '{name}': rename the declared kind or property that makes the second.");
            var table = new ExportTable(name);
            _tables.Add(table);
            _byName.Add(name, table);
            return table;
        }

        // ---- the standard kinds ----

        private void AddSources()
        {
            var sources = KindTable("source", "sources", t => t.Column("kind", ColumnType.String).Column("title", ColumnType.String)
                .SpanColumns("published").Column("publisher", ColumnType.String).Column("place", ColumnType.String)
                .Column("language", ColumnType.String).Column("notes", ColumnType.String).Column("text_file", ColumnType.String));
            var contributors = LinkTable("source", "contributors", t => t.Column("value", ColumnType.String));
            foreach (var source in _model.Spec.Sources)
            {
                BeginFact(sources, source);
                sources.Set("kind", source.SourceKind?.Id);
                sources.Set("title", source.Title);
                if (source.Published != null) sources.SetDate("published", source.Published);
                sources.Set("publisher", source.Publisher);
                sources.Set("place", source.Place);
                sources.Set("language", source.Language);
                sources.Set("notes", source.Notes);
                sources.Set("text_file", source.TextFile);
                SetDeclaredValues(sources, source);
                AddMany(contributors, "source", source.Id.Id, source.Contributors, (t, v) => t.Set("value", v));
            }
        }

        private void AddActors()
        {
            var actors = KindTable("actor", "actors", t => t.Column("kind", ColumnType.String).Column("name", ColumnType.String)
                .Column("description", ColumnType.String).SpanColumns("lifespan"));
            var aliases = LinkTable("actor", "aliases", t => t.Column("value", ColumnType.String));
            var roles = LinkTable("actor", "roles", t => t.Column("kind", ColumnType.String).Column("title", ColumnType.String)
                .Column("of_id", ColumnType.String).SpanColumns("span"));
            foreach (var actor in _model.Spec.Actors)
            {
                BeginFact(actors, actor);
                actors.Set("kind", actor.ActorKind?.Id);
                actors.Set("name", actor.Name);
                actors.Set("description", actor.Description);
                actors.SetSpan("lifespan", actor.Lifespan);
                SetDeclaredValues(actors, actor);
                AddMany(aliases, "actor", actor.Id.Id, actor.Aliases, (t, v) => t.Set("value", v));
                AddMany(roles, "actor", actor.Id.Id, actor.Roles, (t, role) =>
                {
                    t.Set("kind", role.RoleKind.Id);
                    t.Set("title", role.Title);
                    t.Set("of_id", role.Of?.Id);
                    t.SetSpan("span", role.Span);
                });
                for (var i = 0; i < actor.Roles.Count; i++) AddCitations(actor, $"roles[{i}]", actor.Roles[i].Sources);
            }
        }

        private void AddStatements()
        {
            var statements = KindTable("statement", "statements", t => t.Column("speaker_id", ColumnType.String)
                .Column("issued_through_id", ColumnType.String).SpanColumns("date").Column("mode", ColumnType.String)
                .Column("text", ColumnType.String));
            var about = LinkTable("statement", "about", t => t.Column("fact_id", ColumnType.String));
            foreach (var statement in _model.Spec.Statements)
            {
                BeginFact(statements, statement);
                statements.Set("speaker_id", statement.Speaker.Id);
                statements.Set("issued_through_id", statement.IssuedThrough?.Id);
                statements.SetSpan("date", statement.Date);
                statements.Set("mode", ExportText.EnumValue(statement.Mode));
                statements.Set("text", statement.Text);
                SetDeclaredValues(statements, statement);
                AddMany(about, "statement", statement.Id.Id, statement.About, (t, fact) => t.Set("fact_id", fact.Id));
            }
        }

        private void AddEvents()
        {
            var events = KindTable("event", "events", t => t.Column("type", ColumnType.String).Column("name", ColumnType.String)
                .Column("summary", ColumnType.String).SpanColumns("date").Column("place", ColumnType.String)
                .CountColumns("occurrences").Column("part_of_id", ColumnType.String));
            var participants = LinkTable("event", "participants", t => t.Column("actor_id", ColumnType.String).Column("role", ColumnType.String));
            var causes = LinkTable("event", "causes", t => t.Column("cause_id", ColumnType.String));
            var fatalities = LinkTable("event", "fatalities", t => t.CountColumns("count").Column("victims", ColumnType.String));
            var victims = Table("event_fatality_victim_actors").Column("event_id", ColumnType.String).Column("report", ColumnType.Int64)
                .Column("position", ColumnType.Int64).Column("actor_id", ColumnType.String);
            var breakdown = Table("event_fatality_breakdown").Column("event_id", ColumnType.String).Column("report", ColumnType.Int64)
                .Column("position", ColumnType.Int64).Column("category", ColumnType.String).Column("actor_id", ColumnType.String)
                .CountColumns("count").Column("victims", ColumnType.String);
            foreach (var e in _model.Spec.Events)
            {
                BeginFact(events, e);
                events.Set("type", e.Type.Id);
                events.Set("name", e.Name);
                events.Set("summary", e.Summary);
                events.SetSpan("date", e.Date);
                events.Set("place", e.Place);
                events.SetCount("occurrences", e.Occurrences);
                events.Set("part_of_id", e.PartOf?.Id);
                SetDeclaredValues(events, e);
                AddMany(participants, "event", e.Id.Id, e.Participants, (t, p) =>
                {
                    t.Set("actor_id", p.Actor.Id);
                    t.Set("role", p.Role.Id);
                });
                AddMany(causes, "event", e.Id.Id, e.Causes, (t, cause) => t.Set("cause_id", cause.Id));
                AddMany(fatalities, "event", e.Id.Id, e.Fatalities, (t, report) =>
                {
                    t.SetCount("count", report.Count);
                    t.Set("victims", report.Victims);
                });
                for (var report = 0; report < e.Fatalities.Count; report++)
                {
                    var fatality = e.Fatalities[report];
                    for (var i = 0; i < fatality.VictimActors.Count; i++)
                    {
                        victims.AddRow();
                        victims.Set("event_id", e.Id.Id);
                        victims.Set("report", (long)report);
                        victims.Set("position", (long)i);
                        victims.Set("actor_id", fatality.VictimActors[i].Id);
                    }
                    for (var i = 0; i < fatality.Breakdown.Count; i++)
                    {
                        var share = fatality.Breakdown[i];
                        breakdown.AddRow();
                        breakdown.Set("event_id", e.Id.Id);
                        breakdown.Set("report", (long)report);
                        breakdown.Set("position", (long)i);
                        breakdown.Set("category", ExportText.EnumValue(share.Category));
                        breakdown.Set("actor_id", share.Actor?.Id);
                        breakdown.SetCount("count", share.Count);
                        breakdown.Set("victims", share.Victims);
                    }
                    AddCitations(e, $"fatalities[{report}]", fatality.Sources);
                }
            }
        }

        private void AddRelations()
        {
            var relations = KindTable("relation", "relations", t => t.Column("subject_id", ColumnType.String)
                .Column("predicate", ColumnType.String).Column("object_id", ColumnType.String).SpanColumns("span")
                .Column("note", ColumnType.String));
            foreach (var relation in _model.Spec.Relations)
            {
                BeginFact(relations, relation);
                relations.Set("subject_id", relation.Subject.Id);
                relations.Set("predicate", relation.Predicate.Id);
                relations.Set("object_id", relation.Object.Id);
                relations.SetSpan("span", relation.Span);
                relations.Set("note", relation.Note);
                SetDeclaredValues(relations, relation);
            }
        }

        // ---- declared kinds (places among them) and declared properties of every kind ----

        private void AddDeclaredKind(KindSpec kind)
        {
            var table = KindTable(kind.Id.Id, ExportText.SnakeCase(kind.Plural.Name), _ => { });
            foreach (var fact in _model.FactsOf(kind.Id.Id))
            {
                BeginFact(table, fact);
                SetDeclaredValues(table, fact);
            }
        }

        /// <summary>The table of a kind: <c>id</c>, the columns its own reader fills, then one column (or a few) per declared
        /// single-valued property; each many-valued declared property gets its link table.</summary>
        private ExportTable KindTable(string kind, string name, Action<ExportTable> ownColumns)
        {
            var table = Table(name).Column("id", ColumnType.String);
            ownColumns(table);
            foreach (var property in _model.DeclaredProperties(kind))
            {
                if (property.Many) LinkTable(kind, property.Id.Name, t => t.ValueColumns("value", property));
                else table.ValueColumns(ColumnName(property), property);
            }
            return table;
        }

        /// <summary>A link table <c>{kind}_{property}</c>: the owner's id (<c>{kind}_id</c>), the position in its list, then the value's columns.</summary>
        private ExportTable LinkTable(string kind, string property, Action<ExportTable> valueColumns)
        {
            var table = Table(ExportText.SnakeCase(kind) + "_" + ExportText.SnakeCase(property))
                .Column(OwnerColumn(kind), ColumnType.String).Column("position", ColumnType.Int64);
            valueColumns(table);
            return table;
        }

        private static string OwnerColumn(string kind) => ExportText.SnakeCase(kind) + "_id";

        // A reference's column ends in _id, as the standard kinds' do (speaker_id, part_of_id).
        private static string ColumnName(PropertySpec property) =>
            ExportText.SnakeCase(property.Id.Name) + (property.Type == Datatype.Reference ? "_id" : "");

        private void AddMany<T>(ExportTable table, string kind, string owner, IReadOnlyList<T> items, Action<ExportTable, T> fill)
        {
            var ownerColumn = OwnerColumn(kind);
            for (var i = 0; i < items.Count; i++)
            {
                table.AddRow();
                table.Set(ownerColumn, owner);
                table.Set("position", (long)i);
                fill(table, items[i]);
            }
        }

        private void BeginFact(ExportTable table, FactSpec fact)
        {
            table.AddRow();
            table.Set("id", fact.Id.Id);
            AddCitations(fact, null, fact.Sources);
            foreach (var id in fact.Ids)
            {
                _externalIds.AddRow();
                _externalIds.Set("fact_id", fact.Id.Id);
                _externalIds.Set("fact_kind", fact.Kind);
                _externalIds.Set("scheme", id.Scheme.Name);
                _externalIds.Set("value", id.Value);
                _externalIds.Set("url", ExternalIdUrl(id));
            }
        }

        private string? ExternalIdUrl(ExternalIdSpec id)
        {
            var scheme = _model.Spec.Schemes.FirstOrDefault(s => s.Id.Id == id.Scheme.Name);
            return scheme?.Url?.Replace("{id}", Uri.EscapeDataString(id.Value));
        }

        private void AddCitations(FactSpec fact, string? part, IReadOnlyList<CitationSpec> citations)
        {
            for (var i = 0; i < citations.Count; i++)
            {
                _citations.AddRow();
                _citations.Set("fact_id", fact.Id.Id);
                _citations.Set("fact_kind", fact.Kind);
                _citations.Set("part", part);
                _citations.Set("position", (long)i);
                _citations.Set("source_id", citations[i].Source.Id);
                _citations.Set("paragraph", (long?)citations[i].Paragraph);
                _citations.Set("note", citations[i].Note);
            }
        }

        private void SetDeclaredValues(ExportTable table, FactSpec fact)
        {
            foreach (var value in fact.Values)
            {
                var property = _model.DeclaredProperties(fact.Kind).FirstOrDefault(p => p.Id.Name == value.Property);
                if (property == null) continue;
                if (property.Many)
                {
                    var link = _byName[ExportText.SnakeCase(fact.Kind) + "_" + ExportText.SnakeCase(property.Id.Name)];
                    AddMany(link, fact.Kind, fact.Id.Id, value.Values, (t, v) => t.SetValue("value", property, v));
                }
                else if (value.Values.Count > 0) table.SetValue(ColumnName(property), property, value.Values[0]);
            }
        }

        // ---- the declarations as data ----

        private void AddDeclarations()
        {
            var kinds = Table("kinds").Column("id", ColumnType.String).Column("plural", ColumnType.String).Column("name", ColumnType.String)
                .Column("description", ColumnType.String).Column("standard", ColumnType.Boolean);
            foreach (var kind in _model.Spec.Kinds)
            {
                kinds.AddRow();
                kinds.Set("id", kind.Id.Id);
                kinds.Set("plural", kind.Plural.Name);
                kinds.Set("name", kind.Name);
                kinds.Set("description", kind.Description);
                kinds.Set("standard", kind.IsStandard);
            }
            var properties = Table("properties").Column("kind", ColumnType.String).Column("id", ColumnType.String)
                .Column("type", ColumnType.String).Column("required", ColumnType.Boolean).Column("many", ColumnType.Boolean)
                .Column("target", ColumnType.String).Column("enum_values", ColumnType.String).Column("unit", ColumnType.String)
                .Column("acyclic", ColumnType.Boolean).Column("standard", ColumnType.Boolean).Column("description", ColumnType.String);
            foreach (var property in _model.Spec.Properties)
            {
                properties.AddRow();
                properties.Set("kind", property.Kind.Name);
                properties.Set("id", property.Id.Name);
                properties.Set("type", ExportText.SnakeCase(property.Type.ToString()).Replace('_', '-'));
                properties.Set("required", property.Required);
                properties.Set("many", property.Many);
                properties.Set("target", property.Target?.Name);
                properties.Set("enum_values", property.Values.Count == 0 ? null : string.Join(" ", property.Values));
                properties.Set("unit", property.Unit);
                properties.Set("acyclic", property.Acyclic);
                properties.Set("standard", property.IsStandard);
                properties.Set("description", property.Description);
            }
            var schemes = Table("identifier_schemes").Column("id", ColumnType.String).Column("name", ColumnType.String)
                .Column("pattern", ColumnType.String).Column("url", ColumnType.String).Column("description", ColumnType.String);
            foreach (var scheme in _model.Spec.Schemes)
            {
                schemes.AddRow();
                schemes.Set("id", scheme.Id.Id);
                schemes.Set("name", scheme.Name);
                schemes.Set("pattern", scheme.Pattern);
                schemes.Set("url", scheme.Url);
                schemes.Set("description", scheme.Description);
            }
            var terms = Table("vocabulary_terms").Column("vocabulary", ColumnType.String).Column("id", ColumnType.String)
                .Column("name", ColumnType.String).Column("description", ColumnType.String).Column("parent", ColumnType.String);
            void Term(string vocabulary, string id, string name, string? description, string? parent)
            {
                terms.AddRow();
                terms.Set("vocabulary", vocabulary);
                terms.Set("id", id);
                terms.Set("name", name);
                terms.Set("description", description);
                terms.Set("parent", parent);
            }
            foreach (var t in _model.Spec.EventTypes) Term("eventTypes", t.Id.Id, t.Name, t.Description, t.Parent?.Id);
            foreach (var r in _model.Spec.ParticipantRoles) Term("participantRoles", r.Id.Id, r.Name, r.Description, null);
            foreach (var p in _model.Spec.Predicates) Term("predicates", p.Id.Id, p.Name, p.Description, null);
            foreach (var t in _model.Spec.Terms) Term(t.Vocabulary, t.Id.Id, t.Name, t.Description, t.Parent?.Id);
            var predicates = Table("predicates").Column("id", ColumnType.String).Column("symmetric", ColumnType.Boolean)
                .Column("inverse_of", ColumnType.String).Column("acyclic", ColumnType.Boolean).Column("conflicts_with", ColumnType.String)
                .Column("subject_kinds", ColumnType.String).Column("object_kinds", ColumnType.String);
            foreach (var p in _model.Spec.Predicates)
            {
                predicates.AddRow();
                predicates.Set("id", p.Id.Id);
                predicates.Set("symmetric", p.Symmetric);
                predicates.Set("inverse_of", p.InverseOf?.Id);
                predicates.Set("acyclic", p.Acyclic);
                predicates.Set("conflicts_with", SpaceSeparated(p.ConflictsWith));
                predicates.Set("subject_kinds", SpaceSeparated(p.SubjectKinds));
                predicates.Set("object_kinds", SpaceSeparated(p.ObjectKinds));
            }
        }

        private static string? SpaceSeparated(IReadOnlyList<IdRef> ids) => ids.Count == 0 ? null : string.Join(" ", ids.Select(i => i.Id));
    }

    /// <summary>The column groups of structured values, shared by the fixed columns of standard kinds and declared properties.</summary>
    internal static class TableColumns
    {
        public static ExportTable SpanColumns(this ExportTable table, string prefix) =>
            table.Column(prefix, ColumnType.String).Column(prefix + "_earliest", ColumnType.Date).Column(prefix + "_latest", ColumnType.Date);

        public static ExportTable CountColumns(this ExportTable table, string prefix) =>
            table.Column(prefix + "_low", ColumnType.Int64).Column(prefix + "_best", ColumnType.Int64).Column(prefix + "_high", ColumnType.Int64);

        public static void SetSpan(this ExportTable table, string prefix, SpanSpec? span)
        {
            if (span == null) return;
            table.Set(prefix, ExportText.Span(span));
            table.Set(prefix + "_earliest", span.Earliest);
            table.Set(prefix + "_latest", span.Latest);
        }

        public static void SetDate(this ExportTable table, string prefix, DateSpec date)
        {
            table.Set(prefix, date.ToString());
            table.Set(prefix + "_earliest", date.Value.Earliest);
            table.Set(prefix + "_latest", date.Value.Latest);
        }

        public static void SetCount(this ExportTable table, string prefix, CountSpec? count)
        {
            if (count == null) return;
            table.Set(prefix + "_low", (long?)count.Low);
            table.Set(prefix + "_best", (long?)count.Best);
            table.Set(prefix + "_high", (long?)count.High);
        }

        /// <summary>The columns a declared property's value takes, named from <paramref name="prefix"/>.</summary>
        public static ExportTable ValueColumns(this ExportTable table, string prefix, PropertySpec property)
        {
            switch (property.Type)
            {
                case Datatype.Integer: return table.Column(prefix, ColumnType.Int64);
                case Datatype.Decimal: return table.Column(prefix, ColumnType.Decimal);
                case Datatype.Boolean: return table.Column(prefix, ColumnType.Boolean);
                case Datatype.Date:
                case Datatype.Span: return table.SpanColumns(prefix);
                case Datatype.Count: return table.CountColumns(prefix);
                case Datatype.Quantity: return table.Column(prefix + "_amount", ColumnType.Decimal).Column(prefix + "_unit", ColumnType.String);
                case Datatype.Point:
                    return table.Column(prefix + "_latitude", ColumnType.Double).Column(prefix + "_longitude", ColumnType.Double)
                        .Column(prefix + "_precision", ColumnType.Double);
                default: return table.Column(prefix, ColumnType.String);
            }
        }

        public static void SetValue(this ExportTable table, string prefix, PropertySpec property, ValueSpec value)
        {
            switch (property.Type)
            {
                case Datatype.Integer: table.Set(prefix, value.Integer); break;
                case Datatype.Decimal: table.Set(prefix, value.Text == null ? null : ExportText.ParseDecimal(value.Text)); break;
                case Datatype.Boolean: table.Set(prefix, value.Integer != 0); break;
                case Datatype.Date:
                    if (value.Span?.From is DateSpec date) table.SetDate(prefix, date);
                    break;
                case Datatype.Span: table.SetSpan(prefix, value.Span); break;
                case Datatype.Count: table.SetCount(prefix, value.Count); break;
                case Datatype.Quantity:
                    table.Set(prefix + "_amount", value.Text == null ? null : ExportText.ParseDecimal(value.Text));
                    table.Set(prefix + "_unit", value.Unit ?? property.Unit);
                    break;
                case Datatype.Point:
                    if (value.Point == null) break;
                    table.Set(prefix + "_latitude", value.Point.Latitude);
                    table.Set(prefix + "_longitude", value.Point.Longitude);
                    table.Set(prefix + "_precision", value.Point.Precision);
                    break;
                default: table.Set(prefix, value.Text); break;
            }
        }
    }
}
