namespace Curata.Knowledge
{
    /// <summary>An entry of a vocabulary kept as data: an event type, a participant role or a predicate.</summary>
    public abstract class Term
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
    }
}
