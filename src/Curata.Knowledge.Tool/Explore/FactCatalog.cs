using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Explore
{
    /// <summary>
    /// Everything the explorer's pages look up: each fact's title and kind in words, the names of vocabulary terms, kinds and
    /// properties, and the links the files do not write (who took part in what, what cites a source, what lies within a place).
    /// </summary>
    internal sealed class FactCatalog
    {
        private readonly Dictionary<string, FactSpec> _facts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Vocabulary, string Id), string> _termNames = new();
        private readonly Dictionary<(string Kind, string Id), PropertySpec> _properties = new();

        public FactCatalog(KnowledgeBaseSpec spec)
        {
            Spec = spec;
            foreach (var fact in AllFacts(spec)) _facts[fact.Id.Id] = fact;
            foreach (var type in spec.EventTypes) _termNames[(Vocabularies.EventTypes, type.Id.Id)] = type.Name;
            foreach (var role in spec.ParticipantRoles) _termNames[(Vocabularies.ParticipantRoles, role.Id.Id)] = role.Name;
            foreach (var predicate in spec.Predicates) _termNames[(Vocabularies.Predicates, predicate.Id.Id)] = predicate.Name;
            foreach (var term in spec.Terms) _termNames[(term.Vocabulary, term.Id.Id)] = term.Name;
            foreach (var property in spec.Properties) _properties[(property.Kind.Name, property.Id.Name)] = property;
            Kinds = spec.Kinds.ToDictionary(k => k.Id.Id, StringComparer.Ordinal);
            // Titles of relations and statements name other facts, so actors, places and the rest come first.
            foreach (var fact in _facts.Values.OrderBy(f => f is RelationSpec or StatementSpec)) _titles[fact.Id.Id] = MakeTitle(fact);

            RelationsOf = Group(spec.Relations.SelectMany(r => new[] { (r.Subject.Id, r), (r.Object.Id, r) }));
            EventsOf = Group(spec.Events.SelectMany(e => e.Participants.Select(p => (p.Actor.Id, e))));
            StatementsBy = Group(spec.Statements.Select(s => (s.Speaker.Id, s)));
            StatementsAbout = Group(spec.Statements.SelectMany(s => s.About.Select(a => (a.Id, s))));
            PartsOf = Group(spec.Events.Where(e => e.PartOf != null).Select(e => (e.PartOf!.Id, e)));
            ConsequencesOf = Group(spec.Events.SelectMany(e => e.Causes.Select(c => (c.Id, e))));
            CitersOf = Group(AllFacts(spec).SelectMany(f => CitationsOf(f).Select(c => (c.Source.Id, f))).Distinct());
            // An event's places are listed on each place's page as what happened there, so they are not repeated as referrers.
            ReferrersOf = Group(AllFacts(spec).SelectMany(f => f.Values
                .Where(v => Property(f.Kind, v.Property)?.Type == Datatype.Reference && !(f is EventSpec && v.Property == "places"))
                .SelectMany(v => v.Values.Where(x => x.Text != null).Select(x => (x.Text!, f)))).Distinct());
            PlacesWithin = Group(spec.DeclaredFacts.Where(f => f.Kind == StandardKinds.Place)
                .Select(f => (ReferenceValue(f, "partOf"), (FactSpec)f)).Where(p => p.Item1 != null).Select(p => (p.Item1!, p.Item2)));
        }

        public KnowledgeBaseSpec Spec { get; }

        public IReadOnlyDictionary<string, KindSpec> Kinds { get; }

        public ILookup<string, RelationSpec> RelationsOf { get; }

        public ILookup<string, EventSpec> EventsOf { get; }

        public ILookup<string, StatementSpec> StatementsBy { get; }

        public ILookup<string, StatementSpec> StatementsAbout { get; }

        public ILookup<string, EventSpec> PartsOf { get; }

        public ILookup<string, EventSpec> ConsequencesOf { get; }

        /// <summary>The facts citing a source, by the source's id.</summary>
        public ILookup<string, FactSpec> CitersOf { get; }

        /// <summary>The facts that name a fact through a declared reference (an actor's home area, an event's conflict).</summary>
        public ILookup<string, FactSpec> ReferrersOf { get; }

        public ILookup<string, FactSpec> PlacesWithin { get; }

        public IEnumerable<FactSpec> Facts => _facts.Values;

        public FactSpec? Find(string id) => _facts.TryGetValue(id, out var fact) ? fact : null;

        /// <summary>What a reader calls the fact: a name or title, never its id.</summary>
        public string Title(string id) => _titles.TryGetValue(id, out var title) ? title : id;

        /// <summary>The fact's kind in words: "Actor", "Event", "Conflict".</summary>
        public string KindName(FactSpec fact) => KindName(fact.Kind);

        public string KindName(string kind) => Kinds.TryGetValue(kind, out var declared) && declared.Name != null ? declared.Name : Humanise(kind);

        /// <summary>The name of a vocabulary term ("Armed group"), or the id in words when the term is unknown.</summary>
        public string TermName(string vocabulary, string id) => _termNames.TryGetValue((vocabulary, id), out var name) ? name : Humanise(id);

        public PropertySpec? Property(string kind, string id) => _properties.TryGetValue((kind, id), out var property) ? property : null;

        /// <summary>Where the fact's page is, from the site's root folder.</summary>
        public static string PagePath(string id) => "facts/" + id + ".html";

        /// <summary>The chain of places a place lies in, nearest first; stops at a loop, which the checks report anyway.</summary>
        public IReadOnlyList<FactSpec> PlaceAncestors(string placeId)
        {
            var chain = new List<FactSpec>();
            var seen = new HashSet<string>(StringComparer.Ordinal) { placeId };
            for (var parent = Find(placeId) is FactSpec place ? ReferenceValue(place, "partOf") : null;
                 parent != null && seen.Add(parent) && Find(parent) is FactSpec found;
                 parent = ReferenceValue(found, "partOf"))
            {
                chain.Add(found);
            }
            return chain;
        }

        /// <summary>The places of an event (declared <c>places</c>).</summary>
        public IEnumerable<string> PlacesOf(EventSpec e) =>
            e.Values.Where(v => v.Property == "places").SelectMany(v => v.Values).Select(v => v.Text).OfType<string>();

        /// <summary>True for a verbatim quotation; the reader keeps the mode as the enum member's name.</summary>
        public static bool IsQuotation(StatementSpec statement) => statement.Mode == nameof(StatementMode.Quotation);

        public static IEnumerable<CitationSpec> CitationsOf(FactSpec fact) => fact switch
        {
            EventSpec e => e.Sources.Concat(e.Fatalities.SelectMany(f => f.Sources)),
            ActorSpec a => a.Sources.Concat(a.Roles.SelectMany(r => r.Sources)),
            _ => fact.Sources,
        };

        public static string? TextValue(FactSpec fact, string property) =>
            fact.Values.FirstOrDefault(v => v.Property == property)?.Values.FirstOrDefault()?.Text;

        private static string? ReferenceValue(FactSpec fact, string property) => TextValue(fact, property);

        /// <summary>A name written for machines in words: "homeArea" → "Home area", "side-a" → "Side a".</summary>
        public static string Humanise(string name)
        {
            var words = new System.Text.StringBuilder();
            foreach (var c in name)
            {
                if (char.IsUpper(c) && words.Length > 0) words.Append(' ').Append(char.ToLowerInvariant(c));
                else words.Append(c == '-' || c == '_' ? ' ' : c);
            }
            var text = words.ToString();
            return text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1);
        }

        private string MakeTitle(FactSpec fact) => fact switch
        {
            ActorSpec actor => actor.Name,
            SourceSpec source => source.Title ?? UntitledSource(source),
            EventSpec e => e.Name ?? UnnamedEvent(e),
            RelationSpec r => $"{Title(r.Subject.Id)} \u2014 {TermName(Vocabularies.Predicates, r.Predicate.Id)} \u2014 {Title(r.Object.Id)}",
            StatementSpec s => $"{Title(s.Speaker.Id)}: {Shorten(s.Text, 70)}",
            _ => TextValue(fact, "name") ?? TextValue(fact, "title") ?? KindName(fact),
        };

        private string UntitledSource(SourceSpec source)
        {
            var title = source.SourceKind is IdRef kind ? TermName(Vocabularies.SourceKinds, kind.Id) : "Source";
            if (source.Publisher != null) title += " by " + source.Publisher;
            return source.Published != null ? title + ", " + SpecDates.Words(source.Published) : title;
        }

        private string UnnamedEvent(EventSpec e)
        {
            var title = TermName(Vocabularies.EventTypes, e.Type.Id);
            var place = PlacesOf(e).Select(p => Find(p) is FactSpec found ? TextValue(found, "name") : null).FirstOrDefault(n => n != null) ?? e.Place;
            if (place != null) title += " in " + place;
            return e.Date != null ? title + ", " + SpecDates.Words(e.Date) : title;
        }

        public static string Shorten(string text, int length) =>
            text.Length <= length ? text : text.Substring(0, text.LastIndexOf(' ', length) is var space && space > length / 2 ? space : length) + "\u2026";

        private static ILookup<string, T> Group<T>(IEnumerable<(string Key, T Value)> pairs) => pairs.ToLookup(p => p.Key, p => p.Value, StringComparer.Ordinal);

        private static IEnumerable<FactSpec> AllFacts(KnowledgeBaseSpec spec) =>
            spec.Sources.Cast<FactSpec>().Concat(spec.Actors).Concat(spec.Statements).Concat(spec.Events).Concat(spec.Relations).Concat(spec.DeclaredFacts);
    }
}
