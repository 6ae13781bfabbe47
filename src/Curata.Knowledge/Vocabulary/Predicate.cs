using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>A relation predicate (backs, opposes, allied with), with the logical properties the checks rely on.</summary>
    public sealed class Predicate : Term
    {
        private readonly string? _inverseOfId;
        private readonly IReadOnlyList<string> _conflictsWithIds;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Predicate(string id, string name, string? description, bool isSymmetric, string? inverseOfId,
            IReadOnlyList<string> conflictsWithIds, IReadOnlyList<ActorKind> subjectKinds, IReadOnlyList<ActorKind> objectKinds, bool isAcyclic)
            : base(id, name, description)
        {
            IsSymmetric = isSymmetric;
            IsAcyclic = isAcyclic;
            _inverseOfId = inverseOfId;
            _conflictsWithIds = conflictsWithIds;
            SubjectKinds = subjectKinds;
            ObjectKinds = objectKinds;
        }

        /// <summary>True when "a p b" implies "b p a".</summary>
        public bool IsSymmetric { get; }

        /// <summary>True when chains of this predicate may never loop back (membership, part-of).</summary>
        public bool IsAcyclic { get; }

        /// <summary>The predicate q such that "a p b" is "b q a", if any.</summary>
        public Predicate? InverseOf { get; private set; }

        /// <summary>Predicates that cannot hold between the same actors at the same time.</summary>
        public IReadOnlyList<Predicate> ConflictsWith { get; private set; } = System.Array.Empty<Predicate>();

        /// <summary>The actor kinds allowed as subject; empty means any.</summary>
        public IReadOnlyList<ActorKind> SubjectKinds { get; }

        /// <summary>The actor kinds allowed as object; empty means any.</summary>
        public IReadOnlyList<ActorKind> ObjectKinds { get; }

        internal override void Link(Vocabulary vocabulary)
        {
            InverseOf = _inverseOfId == null ? null : vocabulary.Predicate(_inverseOfId);
            ConflictsWith = _conflictsWithIds.Select(vocabulary.Predicate).ToArray();
        }
    }
}
