using System.ComponentModel;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>
    /// A fact of a kind declared as data: places, and every kind a knowledge base declares. The generator derives a typed class
    /// from it for each declared kind, with a typed property per declared property.
    /// </summary>
    public abstract class DeclaredFact : Fact
    {
        /// <summary>Used by generated code: reads the fact at <paramref name="record"/>.</summary>
        protected DeclaredFact(FactRecord record) : this(record.Graph, record.Kind, record.Index, record.Position) { }

        private DeclaredFact(KnowledgeGraph graph, KindInfo kind, int index, int position) : base(graph, kind, index, position) { }

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Declared;
    }

    /// <summary>Used by generated code: where a declared kind's fact is stored, handed to its typed class's constructor.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct FactRecord
    {
        internal FactRecord(KnowledgeGraph graph, KindInfo kind, int index, int position)
        {
            Graph = graph;
            Kind = kind;
            Index = index;
            Position = position;
        }

        internal KnowledgeGraph Graph { get; }
        internal KindInfo Kind { get; }
        internal int Index { get; }
        internal int Position { get; }
    }

    /// <summary>Used by generated code: how to create the typed facts of one declared kind.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class DeclaredKind
    {
        /// <summary>Binds the kind <paramref name="id"/> to the constructor of its generated class.</summary>
        public DeclaredKind(string id, System.Func<FactRecord, DeclaredFact> create)
        {
            Id = id;
            Create = create;
        }

        internal string Id { get; }
        internal System.Func<FactRecord, DeclaredFact> Create { get; }
    }

    /// <summary>A fact of a declared kind that has no typed class in this program (its values are read with <see cref="Fact.GetValue"/>).</summary>
    public sealed class UntypedFact : DeclaredFact
    {
        internal UntypedFact(FactRecord record) : base(record) { }
    }
}
