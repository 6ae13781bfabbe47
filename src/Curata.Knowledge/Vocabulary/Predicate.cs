using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Storage;
using System.Text.Json.Serialization;

namespace Curata.Knowledge
{
    /// <summary>A relation predicate (backs, opposes, allied with), with the logical properties the checks rely on.</summary>
    public sealed class Predicate : Term
    {
        private readonly int? _inverseOf;
        private readonly int[] _conflictsWith;
        private readonly string[] _subjectKinds;
        private readonly string[] _objectKinds;

        private Predicate(KnowledgeGraph graph, ref int position) : base(graph, ref position)
        {
            var reader = graph.Reader;
            IsSymmetric = reader.Bool(ref position);
            _inverseOf = reader.OptionalInt(ref position);
            _conflictsWith = reader.Ints(ref position);
            _subjectKinds = reader.Strings(ref position);
            _objectKinds = reader.Strings(ref position);
            IsAcyclic = reader.Bool(ref position);
        }

        internal static Predicate Read(KnowledgeGraph graph, int position) => new Predicate(graph, ref position);

        /// <summary>True when "a p b" implies "b p a".</summary>
        public bool IsSymmetric { get; }

        /// <summary>True when chains of this predicate may never loop back (membership, part-of).</summary>
        public bool IsAcyclic { get; }

        /// <summary>The predicate q such that "a p b" is "b q a", if any.</summary>
        [JsonIgnore]
        public Predicate? InverseOf => _inverseOf is int i ? Graph.Vocabulary.Predicates[i] : null;

        /// <summary>Predicates that cannot hold between the same actors at the same time.</summary>
        [JsonIgnore]
        public IReadOnlyList<Predicate> ConflictsWith => new IndexedList<Predicate>(Graph.Vocabulary.Predicates, _conflictsWith);

        /// <summary>The actor kinds allowed as subject; empty means any.</summary>
        public IReadOnlyList<ActorKind> SubjectKinds => _subjectKinds.Select(Graph.Vocabulary.ActorKind).ToArray();

        /// <summary>The actor kinds allowed as object; empty means any.</summary>
        public IReadOnlyList<ActorKind> ObjectKinds => _objectKinds.Select(Graph.Vocabulary.ActorKind).ToArray();
    }
}
