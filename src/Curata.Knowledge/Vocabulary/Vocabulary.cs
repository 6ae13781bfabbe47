using System.Collections.Generic;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>The event types, participant roles and predicates of a knowledge base.</summary>
    public sealed class Vocabulary
    {
        private readonly KnowledgeGraph _graph;

        internal Vocabulary(KnowledgeGraph graph)
        {
            _graph = graph;
            EventTypes = graph.Facts(FactTableFormat.EventTypes, Knowledge.EventType.Read);
            ParticipantRoles = graph.Facts(FactTableFormat.ParticipantRoles, Knowledge.ParticipantRole.Read);
            Predicates = graph.Facts(FactTableFormat.Predicates, Knowledge.Predicate.Read);
        }

        /// <summary>Every event type, ordered by id.</summary>
        public IReadOnlyList<EventType> EventTypes { get; }

        /// <summary>Every participant role, ordered by id.</summary>
        public IReadOnlyList<ParticipantRole> ParticipantRoles { get; }

        /// <summary>Every predicate, ordered by id.</summary>
        public IReadOnlyList<Predicate> Predicates { get; }

        /// <summary>The event type with this id.</summary>
        /// <exception cref="KeyNotFoundException">No event type has that id.</exception>
        public EventType EventType(string id) => Find(EventTypes, FactTableFormat.EventTypes, id, "event type");

        /// <summary>The participant role with this id.</summary>
        /// <exception cref="KeyNotFoundException">No participant role has that id.</exception>
        public ParticipantRole ParticipantRole(string id) => Find(ParticipantRoles, FactTableFormat.ParticipantRoles, id, "participant role");

        /// <summary>The predicate with this id.</summary>
        /// <exception cref="KeyNotFoundException">No predicate has that id.</exception>
        public Predicate Predicate(string id) => Find(Predicates, FactTableFormat.Predicates, id, "predicate");

        private T Find<T>(IReadOnlyList<T> terms, int section, string id, string what) =>
            _graph.IndexOf(section, id) is int index ? terms[index] : throw new KeyNotFoundException($"The knowledge base has no {what} '{id}'.");
    }
}
