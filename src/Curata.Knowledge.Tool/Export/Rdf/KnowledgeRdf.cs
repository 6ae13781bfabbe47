using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;
using static Curata.Knowledge.Tool.Export.Rdf.Namespaces;

namespace Curata.Knowledge.Tool.Export.Rdf
{
    /// <summary>
    /// The checked knowledge base as one RDF graph, mapped to schema.org and PROV-O where they have a term and to the knowledge
    /// base's own vocabulary (<c>kbv:</c>, the base IRI + <c>vocab/</c>) where they do not. docs/export.md documents the mapping.
    /// IRIs: a fact is the base IRI + its id; a vocabulary term is the base + the vocabulary's name + <c>/</c> + its id; the parts
    /// of a fact (roles, participations, fatality reports, structured values, citations) are the fact's IRI + a path. Ids never
    /// contain <c>/</c>, so no part can be mistaken for a fact.
    /// </summary>
    internal sealed class KnowledgeRdf
    {
        private readonly KnowledgeModel _model;
        private readonly RdfSink _sink;
        private readonly string _base;
        private readonly string _vocab;
        private readonly SortedSet<(string Source, int Paragraph)> _paragraphs = new SortedSet<(string, int)>();
        private readonly Dictionary<string, IdentifierSchemeSpec> _schemes;

        private KnowledgeRdf(KnowledgeModel model, RdfSink sink, string baseIri)
        {
            _model = model;
            _sink = sink;
            _base = baseIri;
            _vocab = VocabularyNamespace(baseIri);
            _schemes = model.Spec.Schemes.ToDictionary(s => s.Id.Id, StringComparer.Ordinal);
        }

        /// <summary>The namespace of the knowledge base's own classes and properties.</summary>
        public static string VocabularyNamespace(string baseIri) => baseIri + "vocab/";

        /// <summary>The prefixes Turtle and JSON-LD declare: the fixed ones, <c>kb:</c> (facts) and <c>kbv:</c> (own vocabulary).</summary>
        public static IReadOnlyList<(string Prefix, string Iri)> Prefixes(string baseIri) =>
            Fixed.Concat(new[] { ("kb", baseIri), ("kbv", VocabularyNamespace(baseIri)) }).ToList();

        /// <summary>Emits every triple of <paramref name="model"/> into <paramref name="sink"/>.</summary>
        public static void Write(KnowledgeModel model, RdfSink sink, string baseIri)
        {
            var rdf = new KnowledgeRdf(model, sink, baseIri);
            var spec = model.Spec;
            foreach (var source in spec.Sources) rdf.Source(source);
            foreach (var actor in spec.Actors) rdf.Actor(actor);
            foreach (var statement in spec.Statements) rdf.Statement(statement);
            foreach (var e in spec.Events) rdf.Event(e);
            foreach (var relation in spec.Relations) rdf.Relation(relation);
            foreach (var fact in spec.DeclaredFacts) rdf.Declared(fact);
            rdf.Paragraphs();
            rdf.Vocabularies();
        }

        // ---- IRIs ----

        private string Fact(string id) => _base + id;

        private string Term(string vocabulary, string id) => _base + vocabulary + "/" + id;

        private string V(string name) => _vocab + name;

        private void T(string subject, string predicate, RdfObject value) => _sink.Triple(subject, predicate, value);

        private void Iri(string subject, string predicate, string iri) => _sink.Triple(subject, predicate, RdfObject.Iri(iri));

        private void Text(string subject, string predicate, string? text)
        {
            if (text != null) _sink.Triple(subject, predicate, RdfObject.Literal(text));
        }

        private void Integer(string subject, string predicate, long? value)
        {
            if (value is long n) _sink.Triple(subject, predicate, RdfObject.Typed(n.ToString(CultureInfo.InvariantCulture), Xsd + "integer"));
        }

        private void Boolean(string subject, string predicate, bool value) =>
            _sink.Triple(subject, predicate, RdfObject.Typed(value ? "true" : "false", Xsd + "boolean"));

        /// <summary>
        /// A date as the XSD type of its precision: <c>xsd:gYear</c>, <c>xsd:gYearMonth</c>, <c>xsd:date</c>, or
        /// <c>xsd:dateTime</c> with a time of day (seconds added when the data has minutes only). An approximate date
        /// (<c>~2011</c>) has no XSD type, so it stays a plain string with its tilde.
        /// </summary>
        public static RdfObject DateLiteral(DateSpec date)
        {
            var text = date.ToString();
            if (date.IsApproximate) return RdfObject.Literal(text);
            if (date.Time is TimeSpan)
            {
                var (day, rest) = (text.Substring(0, 11), text.Substring(11));
                var time = date.HasSeconds ? rest : rest.Substring(0, 5) + ":00" + rest.Substring(5);
                return RdfObject.Typed(day + time, Xsd + "dateTime");
            }
            return RdfObject.Typed(text, Xsd + (date.Day != null ? "date" : date.Month != null ? "gYearMonth" : "gYear"));
        }

        private void Date(string subject, string predicate, DateSpec? date)
        {
            if (date != null) _sink.Triple(subject, predicate, DateLiteral(date));
        }

        private void Span(string subject, SpanSpec? span, string start, string end)
        {
            if (span == null) return;
            Date(subject, start, span.From);
            Date(subject, end, span.To);
        }

        // ---- what every fact has ----

        /// <summary>Citations (<c>prov:wasDerivedFrom</c> the cited paragraph, or the source when no paragraph is given; a
        /// note makes a <c>prov:qualifiedDerivation</c>) and external identifiers.</summary>
        private void Provenance(string subject, FactSpec fact, IReadOnlyList<CitationSpec> citations)
        {
            CitationTriples(subject, citations);
            foreach (var id in fact.Ids)
            {
                var node = subject + "/ids/" + id.Scheme.Name;
                Iri(subject, SchemaOrg + "identifier", node);
                var url = _schemes.TryGetValue(id.Scheme.Name, out var scheme) ? scheme.Url?.Replace("{id}", Uri.EscapeDataString(id.Value)) : null;
                if (url != null) Iri(subject, SchemaOrg + "sameAs", url);
            }
        }

        private void CitationTriples(string subject, IReadOnlyList<CitationSpec> citations)
        {
            foreach (var citation in citations) Iri(subject, Prov + "wasDerivedFrom", CitedIri(citation));
            for (var i = 0; i < citations.Count; i++)
            {
                if (citations[i].Note != null) Iri(subject, Prov + "qualifiedDerivation", subject + "/citations/" + i);
            }
        }

        /// <summary>The nodes that <see cref="Provenance"/> pointed at: identifiers and annotated citations.</summary>
        private void ProvenanceNodes(string subject, FactSpec fact, IReadOnlyList<CitationSpec> citations)
        {
            CitationNodes(subject, citations);
            foreach (var id in fact.Ids)
            {
                var node = subject + "/ids/" + id.Scheme.Name;
                Iri(node, RdfType, SchemaOrg + "PropertyValue");
                Text(node, SchemaOrg + "propertyID", id.Scheme.Name);
                Text(node, SchemaOrg + "value", id.Value);
            }
        }

        private void CitationNodes(string subject, IReadOnlyList<CitationSpec> citations)
        {
            for (var i = 0; i < citations.Count; i++)
            {
                if (citations[i].Note == null) continue;
                var node = subject + "/citations/" + i;
                Iri(node, RdfType, Prov + "Derivation");
                Iri(node, Prov + "entity", CitedIri(citations[i]));
                Text(node, V("note"), citations[i].Note);
            }
        }

        private string CitedIri(CitationSpec citation)
        {
            if (citation.Paragraph is not int paragraph) return Fact(citation.Source.Id);
            _paragraphs.Add((citation.Source.Id, paragraph));
            return Paragraph(citation.Source.Id, paragraph);
        }

        private string Paragraph(string source, int paragraph) => Fact(source) + "/paragraphs/" + paragraph.ToString(CultureInfo.InvariantCulture);

        private void Paragraphs()
        {
            foreach (var (source, paragraph) in _paragraphs)
            {
                var node = Paragraph(source, paragraph);
                Iri(node, RdfType, V("Paragraph"));
                Iri(node, SchemaOrg + "isPartOf", Fact(source));
                Integer(node, SchemaOrg + "position", paragraph);
            }
        }

        // ---- the standard kinds ----

        private void Source(SourceSpec source)
        {
            var s = Fact(source.Id.Id);
            Iri(s, RdfType, SchemaOrg + "CreativeWork");
            Iri(s, RdfType, V("Source"));
            if (source.SourceKind != null) Iri(s, V("kind"), Term("sourceKinds", source.SourceKind.Id));
            Text(s, SchemaOrg + "name", source.Title);
            Date(s, SchemaOrg + "datePublished", source.Published);
            Text(s, SchemaOrg + "publisher", source.Publisher);
            Text(s, SchemaOrg + "locationCreated", source.Place);
            foreach (var contributor in source.Contributors) Text(s, SchemaOrg + "contributor", contributor);
            Text(s, SchemaOrg + "inLanguage", source.Language);
            Text(s, V("notes"), source.Notes);
            Text(s, V("textFile"), source.TextFile);
            FactEnd(s, source);
        }

        private void Actor(ActorSpec actor)
        {
            var s = Fact(actor.Id.Id);
            var kinds = actor.ActorKind == null ? new List<string>() : _model.TermAndAncestors("actorKinds", actor.ActorKind.Id).ToList();
            foreach (var type in ActorTypes(kinds)) Iri(s, RdfType, type);
            Iri(s, RdfType, V("Actor"));
            if (actor.ActorKind != null) Iri(s, V("kind"), Term("actorKinds", actor.ActorKind.Id));
            Text(s, SchemaOrg + "name", actor.Name);
            foreach (var alias in actor.Aliases) Text(s, SchemaOrg + "alternateName", alias);
            Text(s, SchemaOrg + "description", actor.Description);
            var isPerson = kinds.Contains("person");
            Span(s, actor.Lifespan, SchemaOrg + (isPerson ? "birthDate" : "foundingDate"), SchemaOrg + (isPerson ? "deathDate" : "dissolutionDate"));
            for (var i = 0; i < actor.Roles.Count; i++) Iri(s, V("role"), s + "/roles/" + i);
            FactEnd(s, actor, () =>
            {
                for (var i = 0; i < actor.Roles.Count; i++)
                {
                    var role = actor.Roles[i];
                    var node = s + "/roles/" + i;
                    Iri(node, RdfType, V("Role"));
                    Iri(node, V("holder"), s);
                    Iri(node, V("kind"), Term("roleKinds", role.RoleKind.Id));
                    Text(node, SchemaOrg + "roleName", role.Title);
                    if (role.Of != null) Iri(node, V("of"), Fact(role.Of.Id));
                    Span(node, role.Span, SchemaOrg + "startDate", SchemaOrg + "endDate");
                    CitationTriples(node, role.Sources);
                    CitationNodes(node, role.Sources);
                }
            });
        }

        /// <summary>
        /// schema.org types by actor kind, following declared parents: person is schema:Person, state schema:Country, the
        /// organised kinds schema:Organization (plus GovernmentOrganization, PoliticalParty or NewsMediaOrganization where
        /// schema.org has one); any other kind, or none, is schema:Thing.
        /// </summary>
        private static IEnumerable<string> ActorTypes(IReadOnlyList<string> kindAndAncestors)
        {
            foreach (var kind in kindAndAncestors)
            {
                switch (kind)
                {
                    case "person": return new[] { SchemaOrg + "Person" };
                    case "state": return new[] { SchemaOrg + "Country" };
                    case "government-body": return new[] { SchemaOrg + "Organization", SchemaOrg + "GovernmentOrganization" };
                    case "political-party": return new[] { SchemaOrg + "Organization", SchemaOrg + "PoliticalParty" };
                    case "media": return new[] { SchemaOrg + "Organization", SchemaOrg + "NewsMediaOrganization" };
                    case "coalition":
                    case "armed-group":
                    case "military-unit":
                    case "organisation": return new[] { SchemaOrg + "Organization" };
                }
            }
            return new[] { SchemaOrg + "Thing" };
        }

        private void Statement(StatementSpec statement)
        {
            var s = Fact(statement.Id.Id);
            Iri(s, RdfType, ExportText.EnumValue(statement.Mode) == "quotation" ? SchemaOrg + "Quotation" : V("Paraphrase"));
            Iri(s, RdfType, V("Statement"));
            Text(s, SchemaOrg + "text", statement.Text);
            Iri(s, Prov + "wasAttributedTo", Fact(statement.Speaker.Id));
            if (statement.IssuedThrough != null) Iri(s, V("issuedThrough"), Fact(statement.IssuedThrough.Id));
            Span(s, statement.Date, SchemaOrg + "startDate", SchemaOrg + "endDate");
            foreach (var about in statement.About) Iri(s, SchemaOrg + "about", Fact(about.Id));
            FactEnd(s, statement);
        }

        private void Event(EventSpec e)
        {
            var s = Fact(e.Id.Id);
            Iri(s, RdfType, SchemaOrg + "Event");
            Iri(s, RdfType, V("Event"));
            Iri(s, V("type"), Term("eventTypes", e.Type.Id));
            Text(s, SchemaOrg + "name", e.Name);
            Text(s, SchemaOrg + "description", e.Summary);
            Span(s, e.Date, SchemaOrg + "startDate", SchemaOrg + "endDate");
            Text(s, V("placeText"), e.Place);
            for (var i = 0; i < e.Participants.Count; i++)
            {
                Iri(s, V("participant"), Fact(e.Participants[i].Actor.Id));
                Iri(s, V("participation"), s + "/participants/" + i);
            }
            for (var i = 0; i < e.Fatalities.Count; i++) Iri(s, V("fatalityReport"), s + "/fatalities/" + i);
            if (e.Occurrences != null) Iri(s, V("occurrences"), s + "/occurrences");
            foreach (var cause in e.Causes) Iri(s, V("causes"), Fact(cause.Id));
            if (e.PartOf != null) Iri(s, SchemaOrg + "superEvent", Fact(e.PartOf.Id));
            FactEnd(s, e, () =>
            {
                for (var i = 0; i < e.Participants.Count; i++)
                {
                    var node = s + "/participants/" + i;
                    Iri(node, RdfType, V("Participation"));
                    Iri(node, V("event"), s);
                    Iri(node, V("actor"), Fact(e.Participants[i].Actor.Id));
                    Iri(node, V("role"), Term("participantRoles", e.Participants[i].Role.Id));
                }
                for (var i = 0; i < e.Fatalities.Count; i++)
                {
                    var report = e.Fatalities[i];
                    var node = s + "/fatalities/" + i;
                    Iri(node, RdfType, V("FatalityReport"));
                    Integer(node, SchemaOrg + "position", i);
                    Count(node, report.Count);
                    Text(node, V("victims"), report.Victims);
                    foreach (var victim in report.VictimActors) Iri(node, V("victimActor"), Fact(victim.Id));
                    for (var j = 0; j < report.Breakdown.Count; j++) Iri(node, V("share"), node + "/breakdown/" + j);
                    CitationTriples(node, report.Sources);
                    for (var j = 0; j < report.Breakdown.Count; j++)
                    {
                        var share = report.Breakdown[j];
                        var part = node + "/breakdown/" + j;
                        Iri(part, RdfType, V("FatalityShare"));
                        Integer(part, SchemaOrg + "position", j);
                        Text(part, V("category"), ExportText.EnumValue(share.Category));
                        if (share.Actor != null) Iri(part, V("actor"), Fact(share.Actor.Id));
                        Count(part, share.Count);
                        Text(part, V("victims"), share.Victims);
                    }
                    CitationNodes(node, report.Sources);
                }
                if (e.Occurrences != null) Count(s + "/occurrences", e.Occurrences);
            });
        }

        private void Count(string node, CountSpec count)
        {
            Integer(node, V("low"), count.Low);
            Integer(node, V("best"), count.Best);
            Integer(node, V("high"), count.High);
        }

        /// <summary>A relation is a node (<c>kbv:Relation</c>, with its span and citations) and also the plain triple
        /// <c>subject predicate object</c>, which drops the span: ask the node when time matters.</summary>
        private void Relation(RelationSpec relation)
        {
            var s = Fact(relation.Id.Id);
            Iri(s, RdfType, V("Relation"));
            Iri(s, V("subject"), Fact(relation.Subject.Id));
            Iri(s, V("predicate"), Term("predicates", relation.Predicate.Id));
            Iri(s, V("object"), Fact(relation.Object.Id));
            Span(s, relation.Span, SchemaOrg + "startDate", SchemaOrg + "endDate");
            Text(s, V("note"), relation.Note);
            FactEnd(s, relation, () =>
                Iri(Fact(relation.Subject.Id), Term("predicates", relation.Predicate.Id), Fact(relation.Object.Id)));
        }

        // ---- declared kinds (places among them) and declared properties of every kind ----

        private void Declared(DeclaredFactSpec fact)
        {
            var s = Fact(fact.Id.Id);
            if (fact.DeclaredKind == StandardKinds.Place)
            {
                var kind = fact.Values.FirstOrDefault(v => v.Property == "kind")?.Values.FirstOrDefault()?.Text;
                var kinds = kind == null ? new List<string>() : _model.TermAndAncestors("placeKinds", kind).ToList();
                Iri(s, RdfType, SchemaOrg + "Place");
                if (kinds.Contains("country")) Iri(s, RdfType, SchemaOrg + "Country");
                else if (kinds.Contains("city")) Iri(s, RdfType, SchemaOrg + "City");
            }
            else Iri(s, RdfType, SchemaOrg + "Thing");
            Iri(s, RdfType, V(ExportText.PascalCase(fact.DeclaredKind)));
            FactEnd(s, fact);
        }

        /// <summary>Triples every fact ends with: its declared values, citations and identifiers, then its nodes.</summary>
        private void FactEnd(string s, FactSpec fact, Action? nodes = null)
        {
            var properties = _model.DeclaredProperties(fact.Kind);
            var structured = new List<(string Node, PropertySpec Property, ValueSpec Value)>();
            foreach (var value in fact.Values)
            {
                var property = properties.FirstOrDefault(p => p.Id.Name == value.Property);
                if (property == null) continue;
                var predicate = PropertyIri(fact.Kind, property);
                for (var i = 0; i < value.Values.Count; i++)
                {
                    if (IsStructured(property.Type))
                    {
                        var node = s + "/" + property.Id.Name + (property.Many ? "/" + i : "");
                        Iri(s, predicate, node);
                        structured.Add((node, property, value.Values[i]));
                    }
                    else T(s, predicate, Simple(property, value.Values[i]));
                }
            }
            Provenance(s, fact, fact.Sources);
            nodes?.Invoke();
            foreach (var (node, property, value) in structured) StructuredValue(node, property, value);
            ProvenanceNodes(s, fact, fact.Sources);
        }

        /// <summary>schema.org's term for the few property names every kind may share (and places' hierarchy and point, and
        /// an event's places);
        /// <c>kbv:</c> + the property's id otherwise.</summary>
        private string PropertyIri(string kind, PropertySpec property) => property.Id.Name switch
        {
            "name" => SchemaOrg + "name",
            "description" => SchemaOrg + "description",
            "aliases" => SchemaOrg + "alternateName",
            "partOf" when kind == StandardKinds.Place => SchemaOrg + "containedInPlace",
            "coordinates" when kind == StandardKinds.Place => SchemaOrg + "geo",
            "places" when kind == StandardKinds.Event => SchemaOrg + "location",
            _ => V(property.Id.Name),
        };

        private static bool IsStructured(Datatype type) =>
            type == Datatype.Span || type == Datatype.Count || type == Datatype.Quantity || type == Datatype.Point;

        private RdfObject Simple(PropertySpec property, ValueSpec value)
        {
            switch (property.Type)
            {
                case Datatype.Integer: return RdfObject.Typed(value.Integer.ToString(CultureInfo.InvariantCulture), Xsd + "integer");
                case Datatype.Decimal:
                    return RdfObject.Typed(ExportText.ParseDecimal(value.Text!).ToString(CultureInfo.InvariantCulture), Xsd + "decimal");
                case Datatype.Boolean: return RdfObject.Typed(value.Integer != 0 ? "true" : "false", Xsd + "boolean");
                case Datatype.Date: return DateLiteral(value.Span!.From!);
                case Datatype.Reference: return RdfObject.Iri(Fact(value.Text!));
                case Datatype.Term: return RdfObject.Iri(Term(property.Target!.Name, value.Text!));
                default: return RdfObject.Literal(value.Text ?? "");
            }
        }

        private void StructuredValue(string node, PropertySpec property, ValueSpec value)
        {
            switch (property.Type)
            {
                case Datatype.Span:
                    Iri(node, RdfType, V("Span"));
                    Span(node, value.Span, SchemaOrg + "startDate", SchemaOrg + "endDate");
                    break;
                case Datatype.Count:
                    Iri(node, RdfType, V("Count"));
                    if (value.Count != null) Count(node, value.Count);
                    break;
                case Datatype.Quantity:
                    Iri(node, RdfType, SchemaOrg + "QuantitativeValue");
                    if (value.Text != null) T(node, SchemaOrg + "value", RdfObject.Typed(ExportText.ParseDecimal(value.Text).ToString(CultureInfo.InvariantCulture), Xsd + "decimal"));
                    Text(node, SchemaOrg + "unitText", value.Unit ?? property.Unit);
                    break;
                case Datatype.Point:
                    Iri(node, RdfType, SchemaOrg + "GeoCoordinates");
                    if (value.Point == null) break;
                    T(node, SchemaOrg + "latitude", RdfObject.Typed(ExportText.Invariant(value.Point.Latitude), Xsd + "double"));
                    T(node, SchemaOrg + "longitude", RdfObject.Typed(ExportText.Invariant(value.Point.Longitude), Xsd + "double"));
                    if (value.Point.Precision is double precision) T(node, V("precision"), RdfObject.Typed(ExportText.Invariant(precision), Xsd + "double"));
                    break;
            }
        }

        // ---- vocabularies: SKOS concepts, one scheme per vocabulary ----

        private void Vocabularies()
        {
            var spec = _model.Spec;
            foreach (var t in spec.EventTypes) Concept("eventTypes", t.Id.Id, t.Name, t.Description, t.Parent?.Id);
            foreach (var r in spec.ParticipantRoles) Concept("participantRoles", r.Id.Id, r.Name, r.Description, null);
            foreach (var p in spec.Predicates)
            {
                var s = Concept("predicates", p.Id.Id, p.Name, p.Description, null);
                Boolean(s, V("symmetric"), p.Symmetric);
                Boolean(s, V("acyclic"), p.Acyclic);
                if (p.InverseOf != null) Iri(s, V("inverseOf"), Term("predicates", p.InverseOf.Id));
                foreach (var other in p.ConflictsWith) Iri(s, V("conflictsWith"), Term("predicates", other.Id));
                foreach (var kind in p.SubjectKinds) Iri(s, V("subjectKind"), Term("actorKinds", kind.Id));
                foreach (var kind in p.ObjectKinds) Iri(s, V("objectKind"), Term("actorKinds", kind.Id));
            }
            foreach (var t in spec.Terms) Concept(t.Vocabulary, t.Id.Id, t.Name, t.Description, t.Parent?.Id);
        }

        private string Concept(string vocabulary, string id, string name, string? description, string? parent)
        {
            var s = Term(vocabulary, id);
            Iri(s, RdfType, Skos + "Concept");
            Iri(s, Skos + "inScheme", _base + vocabulary);
            Text(s, Skos + "prefLabel", name);
            Text(s, Skos + "definition", description);
            if (parent != null) Iri(s, Skos + "broader", Term(vocabulary, parent));
            return s;
        }
    }
}
