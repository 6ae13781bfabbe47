using System.Collections.Generic;

namespace Curata.Knowledge
{
    /// <summary>Anything with a fact id: a source, actor, statement, event or relation.</summary>
    public abstract class Fact
    {
        // Every fact record starts with the id and the citations; the derived constructor reads the rest.
        private protected Fact(KnowledgeGraph graph, int index, ref int position)
        {
            Graph = graph;
            Index = index;
            Id = graph.Reader.String(ref position);
            Citations = Citation.Read(graph, ref position);
        }

        /// <summary>The fact's id, unique across the knowledge base.</summary>
        public string Id { get; }

        /// <summary>Where the fact is reported.</summary>
        public IReadOnlyList<Citation> Citations { get; }

        /// <summary>Which kind of fact this is.</summary>
        public abstract FactKind Kind { get; }

        /// <summary>The graph this fact belongs to.</summary>
        public KnowledgeGraph Graph { get; }

        /// <summary>Position among the facts of its kind (ordered by id).</summary>
        internal int Index { get; }

        /// <summary>The id.</summary>
        public override string ToString() => Id;
    }

    /// <summary>A fact of a known kind, with a typed id.</summary>
    public abstract class Fact<TSelf> : Fact where TSelf : Fact<TSelf>
    {
        private protected Fact(KnowledgeGraph graph, int index, ref int position) : base(graph, index, ref position) { }

        /// <summary>The id, typed by the kind of fact.</summary>
        public FactId<TSelf> Key => new FactId<TSelf>(Id);
    }
}
