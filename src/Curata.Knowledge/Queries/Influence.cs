using System.Collections.Generic;

namespace Curata.Knowledge
{
    /// <summary>
    /// One answer to "who stands in this relation to an actor": the actor, the relation that makes it so, and, when the tie is
    /// indirect, the membership or part-of relations that lead from the actor down to the relation's subject.
    /// </summary>
    public sealed class Influence
    {
        internal Influence(Actor actor, Relation relation, IReadOnlyList<Relation> via)
        {
            Actor = actor;
            Relation = relation;
            Via = via;
        }

        /// <summary>Who (for example, the backer).</summary>
        public Actor Actor { get; }

        /// <summary>The relation stated in the knowledge base (for example, "Quds Force backs the militias").</summary>
        public Relation Relation { get; }

        /// <summary>The chain from <see cref="Actor"/> to the relation's subject; empty when the tie is direct.</summary>
        public IReadOnlyList<Relation> Via { get; }

        /// <summary>True when <see cref="Actor"/> is itself the relation's subject.</summary>
        public bool IsDirect => Via.Count == 0;

        /// <summary>For example "Iran (through Quds Force part of Iran)".</summary>
        public override string ToString() => IsDirect ? Actor.Name : $"{Actor.Name} (through {string.Join(", ", Via)})";
    }
}
