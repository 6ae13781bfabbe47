using System;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>The event types, participant roles and predicates of a knowledge base.</summary>
    public sealed class Vocabulary
    {
        private readonly Dictionary<string, EventType> _eventTypes;
        private readonly Dictionary<string, ParticipantRole> _participantRoles;
        private readonly Dictionary<string, Predicate> _predicates;

        internal Vocabulary(IReadOnlyList<EventType> eventTypes, IReadOnlyList<ParticipantRole> participantRoles, IReadOnlyList<Predicate> predicates)
        {
            EventTypes = eventTypes;
            ParticipantRoles = participantRoles;
            Predicates = predicates;
            _eventTypes = eventTypes.ToDictionary(t => t.Id, StringComparer.Ordinal);
            _participantRoles = participantRoles.ToDictionary(t => t.Id, StringComparer.Ordinal);
            _predicates = predicates.ToDictionary(t => t.Id, StringComparer.Ordinal);
            foreach (var term in eventTypes.Cast<Term>().Concat(predicates)) term.Link(this);
        }

        /// <summary>Every event type, ordered by id.</summary>
        public IReadOnlyList<EventType> EventTypes { get; }

        /// <summary>Every participant role, ordered by id.</summary>
        public IReadOnlyList<ParticipantRole> ParticipantRoles { get; }

        /// <summary>Every predicate, ordered by id.</summary>
        public IReadOnlyList<Predicate> Predicates { get; }

        /// <summary>The event type with this id.</summary>
        /// <exception cref="KeyNotFoundException">No event type has that id.</exception>
        public EventType EventType(string id) => Find(_eventTypes, id, "event type");

        /// <summary>The participant role with this id.</summary>
        /// <exception cref="KeyNotFoundException">No participant role has that id.</exception>
        public ParticipantRole ParticipantRole(string id) => Find(_participantRoles, id, "participant role");

        /// <summary>The predicate with this id.</summary>
        /// <exception cref="KeyNotFoundException">No predicate has that id.</exception>
        public Predicate Predicate(string id) => Find(_predicates, id, "predicate");

        private static T Find<T>(Dictionary<string, T> terms, string id, string what) =>
            terms.TryGetValue(id, out var term) ? term : throw new KeyNotFoundException($"The knowledge base has no {what} '{id}'.");
    }
}
