using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// Where everything a fact table record refers to lies: each fact's number (sources, actors, statements, events, relations,
    /// then the declared kinds' facts, each kind by id), each kind's positions, each vocabulary's terms, the schemes, and each
    /// kind's properties in slot order. It depends only on the ids and the declarations, so a write of an edited base whose
    /// ids and declarations did not change takes up the last write's (<see cref="WrittenFactTable"/>).
    /// </summary>
    internal sealed class FactPositions
    {
        public FactPositions(KnowledgeBaseSpec spec)
        {
            Facts = InOrder(spec).ToArray();
            Numbers = new Dictionary<string, int>(Facts.Length, StringComparer.Ordinal);
            foreach (var fact in Facts) Numbers.Add(fact.Id.Id, Numbers.Count);
            Sources = Positions(spec.Sources.Select(s => s.Id.Id));
            Actors = Positions(spec.Actors.Select(a => a.Id.Id));
            Events = Positions(spec.Events.Select(e => e.Id.Id));
            EventTypes = Positions(spec.EventTypes.Select(t => t.Id.Id));
            Predicates = Positions(spec.Predicates.Select(t => t.Id.Id));
            Terms = Vocabularies.Simple.ToDictionary(v => v, v => Positions(spec.Terms.Where(t => t.Vocabulary == v).Select(t => t.Id.Id)), StringComparer.Ordinal);
            Terms[Vocabularies.EventTypes] = EventTypes;
            Terms[Vocabularies.ParticipantRoles] = Positions(spec.ParticipantRoles.Select(t => t.Id.Id));
            Terms[Vocabularies.Predicates] = Predicates;
            Schemes = Positions(spec.Schemes.Select(s => s.Id.Id));
            Properties = StandardKinds.WithOwnReader.Concat(spec.Kinds.Select(k => k.Id.Id)).Distinct()
                .ToDictionary(k => k, k => FactTableWriter.Slots(spec, k), StringComparer.Ordinal);
        }

        private FactPositions(FactPositions positions, FactSpec[] facts)
        {
            Facts = facts;
            Numbers = positions.Numbers;
            Sources = positions.Sources;
            Actors = positions.Actors;
            Events = positions.Events;
            EventTypes = positions.EventTypes;
            Predicates = positions.Predicates;
            Terms = positions.Terms;
            Schemes = positions.Schemes;
            Properties = positions.Properties;
        }

        /// <summary>These positions, for <paramref name="spec"/>'s facts, which <see cref="Fit"/> it.</summary>
        public FactPositions For(KnowledgeBaseSpec spec) => new FactPositions(this, InOrder(spec).ToArray());

        /// <summary>Every fact, by its number: the order the records are written in.</summary>
        public FactSpec[] Facts { get; }

        public Dictionary<string, int> Numbers { get; }

        public Dictionary<string, int> Sources { get; }

        public Dictionary<string, int> Actors { get; }

        public Dictionary<string, int> Events { get; }

        public Dictionary<string, int> EventTypes { get; }

        public Dictionary<string, int> Predicates { get; }

        /// <summary>Each vocabulary's terms, by vocabulary.</summary>
        public Dictionary<string, Dictionary<string, int>> Terms { get; }

        public Dictionary<string, int> Schemes { get; }

        /// <summary>Each kind's properties in slot order, by kind.</summary>
        public Dictionary<string, IReadOnlyList<PropertySpec>> Properties { get; }

        /// <summary>
        /// Whether <paramref name="spec"/> puts everything where <paramref name="written"/> (the base these positions were
        /// found for) put it: the same declarations and vocabularies, and every fact of every kind with the same id at the same
        /// number.
        /// </summary>
        public bool Fit(KnowledgeBaseSpec spec, KnowledgeBaseSpec written)
        {
            if (!spec.Kinds.Equals(written.Kinds) || !spec.Properties.Equals(written.Properties) || !spec.Schemes.Equals(written.Schemes)
                || !spec.Terms.Equals(written.Terms) || !spec.EventTypes.Equals(written.EventTypes)
                || !spec.ParticipantRoles.Equals(written.ParticipantRoles) || !spec.Predicates.Equals(written.Predicates))
            {
                return false;
            }
            if (spec.Sources.Count + spec.Actors.Count + spec.Statements.Count + spec.Events.Count + spec.Relations.Count + spec.DeclaredFacts.Count != Facts.Length)
            {
                return false;
            }
            var number = 0;
            foreach (var fact in InOrder(spec))
            {
                var was = Facts[number++];
                if (!ReferenceEquals(fact, was) && (fact.Id.Id != was.Id.Id || fact.Kind != was.Kind)) return false;
            }
            return true;
        }

        // Every fact in number order: the five kinds with readers of their own, then the declared kinds in schema order, each
        // kind's facts by id.
        private static IEnumerable<FactSpec> InOrder(KnowledgeBaseSpec spec)
        {
            var byKind = spec.DeclaredFacts.ToLookup(f => f.DeclaredKind, StringComparer.Ordinal);
            return spec.Sources.Cast<FactSpec>().Concat(spec.Actors).Concat(spec.Statements).Concat(spec.Events).Concat(spec.Relations)
                .Concat(FactTableWriter.DeclaredKinds(spec).SelectMany(kind => byKind[kind.Id.Id]));
        }

        private static Dictionary<string, int> Positions(IEnumerable<string> ids)
        {
            var positions = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in ids) positions.Add(id, positions.Count);
            return positions;
        }
    }
}
