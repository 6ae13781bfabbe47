using System.Collections.Generic;

namespace Curata.Knowledge
{
    /// <summary>Anything with a fact id: a source, actor, statement, event or relation.</summary>
    public abstract class Fact
    {
        private protected Fact(string id, IReadOnlyList<Citation> citations)
        {
            Id = id;
            Citations = citations;
        }

        /// <summary>The fact's id, unique across the knowledge base.</summary>
        public string Id { get; }

        /// <summary>Where the fact is reported.</summary>
        public IReadOnlyList<Citation> Citations { get; }

        /// <summary>Which kind of fact this is.</summary>
        public abstract FactKind Kind { get; }

        /// <summary>The graph this fact belongs to; set once the graph is built.</summary>
        public KnowledgeGraph Graph { get; private set; } = null!;

        internal virtual void Link(KnowledgeGraph graph)
        {
            Graph = graph;
            foreach (var citation in Citations) citation.Link(graph);
        }

        /// <summary>The id.</summary>
        public override string ToString() => Id;
    }

    /// <summary>A fact of a known kind, with a typed id.</summary>
    public abstract class Fact<TSelf> : Fact where TSelf : Fact<TSelf>
    {
        private protected Fact(string id, IReadOnlyList<Citation> citations) : base(id, citations) { }

        /// <summary>The id, typed by the kind of fact.</summary>
        public FactId<TSelf> Key => new FactId<TSelf>(Id);
    }
}
