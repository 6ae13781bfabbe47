using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>A tie between two actors, such as "Iran backs a militia", possibly over a span of time.</summary>
    public sealed class Relation : Fact<Relation>
    {
        private Relation(KnowledgeGraph graph, KindInfo kind, int index, int position) : base(graph, kind, index, position) { }

        internal static Relation Read(KnowledgeGraph graph, KindInfo kind, int index, int position) => new Relation(graph, kind, index, position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Relation;

        /// <summary>The actor the relation starts from.</summary>
        public Actor Subject => (Actor)ValueAt(Slots.Subject)!;

        /// <summary>The predicate from the vocabulary.</summary>
        public Predicate Predicate => (Predicate)ValueAt(Slots.Predicate)!;

        /// <summary>The actor the relation points to.</summary>
        public Actor Object => (Actor)ValueAt(Slots.Object)!;

        /// <summary>When the relation held.</summary>
        public DateSpan? Span => (DateSpan?)ValueAt(Slots.Span);

        /// <summary>The curator's remark.</summary>
        public string? Note => ValueAt(Slots.Note) as string;

        /// <summary>
        /// Whether the relation holds on <paramref name="date"/>: true or false when its span settles it, null when partial dates
        /// leave it open. A relation with no span is taken to hold.
        /// </summary>
        public bool? HoldsOn(PartialDate date) => Span is DateSpan span ? span.Contains(date) : true;

        /// <summary>For example "Iran backs Kataib Hezbollah".</summary>
        public override string ToString() => $"{Subject.Name} {Predicate.Name} {Object.Name}";

        private Layout Slots => KindInfo.Layout(kind => new Layout(kind));

        // Where a relation's values are, as the schema lists them: looked up once per kind.
        private sealed class Layout
        {
            public readonly int Subject, Predicate, Object, Span, Note;

            public Layout(KindInfo kind)
            {
                Subject = kind.RequiredSlot("subject");
                Predicate = kind.RequiredSlot("predicate");
                Object = kind.RequiredSlot("object");
                Span = kind.RequiredSlot("span");
                Note = kind.RequiredSlot("note");
            }
        }
    }
}
