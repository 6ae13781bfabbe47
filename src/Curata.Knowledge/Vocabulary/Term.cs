using System;

namespace Curata.Knowledge
{
    /// <summary>
    /// An entry of a vocabulary kept as data: an event type, a participant role or a predicate. Each term of a knowledge base is
    /// one object, so equality is identity; terms sort by id (<see cref="CompareTo(Term)"/>).
    /// </summary>
    public abstract class Term : IComparable<Term>, IComparable
    {
        // Every term record starts with the id, the name and the description; the derived constructor reads the rest.
        private protected Term(KnowledgeGraph graph, ref int position)
        {
            Graph = graph;
            Id = graph.Reader.String(ref position);
            Name = graph.Reader.String(ref position);
            Description = graph.Reader.OptionalString(ref position);
        }

        /// <summary>The id, unique within its vocabulary.</summary>
        public string Id { get; }

        /// <summary>A readable name.</summary>
        public string Name { get; }

        /// <summary>What the term means.</summary>
        public string? Description { get; }

        private protected KnowledgeGraph Graph { get; }

        /// <summary>The id.</summary>
        public override string ToString() => Id;

        /// <summary>
        /// A total order for sorting (OrderBy, Min, Max): by id, ordinal, then by the kind of term (event types, participant
        /// roles and predicates have separate ids). Within one knowledge base, 0 exactly when both are the same term; null
        /// sorts first.
        /// </summary>
        public int CompareTo(Term? other)
        {
            if (other is null) return 1;
            if (ReferenceEquals(this, other)) return 0;
            var order = string.CompareOrdinal(Id, other.Id);
            return order != 0 ? order : string.CompareOrdinal(GetType().Name, other.GetType().Name);
        }

        /// <summary>The total order of <see cref="CompareTo(Term)"/>.</summary>
        /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="Term"/>.</exception>
        public int CompareTo(object? obj) => obj is null || obj is Term
            ? CompareTo((Term?)obj)
            : throw new ArgumentException("A Term compares only with a Term.", nameof(obj));
    }
}
