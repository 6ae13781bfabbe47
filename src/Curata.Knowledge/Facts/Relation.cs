namespace Curata.Knowledge
{
    /// <summary>A tie between two actors, such as "Iran backs a militia", possibly over a span of time.</summary>
    public sealed class Relation : Fact<Relation>
    {
        private readonly int _subject;
        private readonly int _predicate;
        private readonly int _object;

        private Relation(KnowledgeGraph graph, Storage.KindInfo kind, int index, ref int position) : base(graph, kind, index, ref position)
        {
            var reader = graph.Reader;
            _subject = reader.Int(ref position);
            _predicate = reader.Int(ref position);
            _object = reader.Int(ref position);
            Span = reader.Span(ref position);
            Note = reader.OptionalString(ref position);
        }

        internal static Relation Read(KnowledgeGraph graph, Storage.KindInfo kind, int index, int position) => new Relation(graph, kind, index, ref position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Relation;

        /// <summary>The actor the relation starts from.</summary>
        public Actor Subject => Graph.Actors[_subject];

        /// <summary>The predicate from the vocabulary.</summary>
        public Predicate Predicate => Graph.Vocabulary.Predicates[_predicate];

        /// <summary>The actor the relation points to.</summary>
        public Actor Object => Graph.Actors[_object];

        /// <summary>When the relation held.</summary>
        public DateSpan? Span { get; }

        /// <summary>The curator's remark.</summary>
        public string? Note { get; }

        /// <summary>
        /// Whether the relation holds on <paramref name="date"/>: true or false when its span settles it, null when partial dates
        /// leave it open. A relation with no span is taken to hold.
        /// </summary>
        public bool? HoldsOn(PartialDate date) => Span is DateSpan span ? span.Contains(date) : true;

        /// <summary>For example "Iran backs Kataib Hezbollah".</summary>
        public override string ToString() => $"{Subject.Name} {Predicate.Name} {Object.Name}";
    }
}
