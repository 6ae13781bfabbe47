using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>A term of an open vocabulary kept as data, with an optional broader term (its parent).</summary>
    public abstract class HierarchicalTerm<TSelf> : Term where TSelf : HierarchicalTerm<TSelf>
    {
        private readonly string? _parent;
        private readonly string _vocabulary;

        private protected HierarchicalTerm(KnowledgeGraph graph, string vocabulary, ref int position) : base(graph, ref position)
        {
            _vocabulary = vocabulary;
            _parent = graph.Reader.OptionalString(ref position);
        }

        /// <summary>The broader term, if any (a crewed spacecraft is a spacecraft).</summary>
        public TSelf? Parent => _parent == null ? null : (TSelf)Graph.Vocabulary.Term(_vocabulary, _parent);

        /// <summary>True when this term is <paramref name="other"/> or narrower than it.</summary>
        public bool IsA(TSelf other)
        {
            // The bound keeps the walk finite whatever the table holds.
            var steps = 0;
            for (TSelf? term = (TSelf)this; term != null && steps <= 1000; term = term.Parent, steps++)
            {
                if (ReferenceEquals(term, other)) return true;
            }
            return false;
        }
    }

    /// <summary>What sort of actor a fact describes: a term of the actor kinds (person, state, armed group, and any declared).</summary>
    public sealed class ActorKind : HierarchicalTerm<ActorKind>
    {
        private ActorKind(KnowledgeGraph graph, ref int position) : base(graph, "actorKinds", ref position) { }

        internal static ActorKind Read(KnowledgeGraph graph, int position) => new ActorKind(graph, ref position);
    }

    /// <summary>What sort of document a source is: a term of the source kinds.</summary>
    public sealed class SourceKind : HierarchicalTerm<SourceKind>
    {
        private SourceKind(KnowledgeGraph graph, ref int position) : base(graph, "sourceKinds", ref position) { }

        internal static SourceKind Read(KnowledgeGraph graph, int position) => new SourceKind(graph, ref position);
    }

    /// <summary>What tie a role expresses between its holder and an institution: a term of the role kinds.</summary>
    public sealed class RoleKind : HierarchicalTerm<RoleKind>
    {
        private RoleKind(KnowledgeGraph graph, ref int position) : base(graph, "roleKinds", ref position) { }

        internal static RoleKind Read(KnowledgeGraph graph, int position) => new RoleKind(graph, ref position);
    }

    /// <summary>What sort of place a place is: a term of the place kinds.</summary>
    public sealed class PlaceKind : HierarchicalTerm<PlaceKind>
    {
        private PlaceKind(KnowledgeGraph graph, ref int position) : base(graph, "placeKinds", ref position) { }

        internal static PlaceKind Read(KnowledgeGraph graph, int position) => new PlaceKind(graph, ref position);
    }
}
