using System.Collections.Generic;
using System.ComponentModel;

namespace Curata.Knowledge
{
    /// <summary>A tie between two actors, such as "Iran backs a militia", possibly over a span of time.</summary>
    public sealed class Relation : Fact<Relation>
    {
        private readonly string _subjectId;
        private readonly string _predicateId;
        private readonly string _objectId;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Relation(string id, string subjectId, string predicateId, string objectId, DateSpan? span, string? note, IReadOnlyList<Citation> citations)
            : base(id, citations)
        {
            _subjectId = subjectId;
            _predicateId = predicateId;
            _objectId = objectId;
            Span = span;
            Note = note;
        }

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Relation;

        /// <summary>The actor the relation starts from.</summary>
        public Actor Subject { get; private set; } = null!;

        /// <summary>The predicate from the vocabulary.</summary>
        public Predicate Predicate { get; private set; } = null!;

        /// <summary>The actor the relation points to.</summary>
        public Actor Object { get; private set; } = null!;

        /// <summary>When the relation held.</summary>
        public DateSpan? Span { get; }

        /// <summary>The curator's remark.</summary>
        public string? Note { get; }

        /// <summary>
        /// Whether the relation holds on <paramref name="date"/>: true or false when its span settles it, null when partial dates
        /// leave it open. A relation with no span is taken to hold.
        /// </summary>
        public bool? HoldsOn(PartialDate date) => Span is DateSpan span ? span.Contains(date) : true;

        internal override void Link(KnowledgeGraph graph)
        {
            base.Link(graph);
            Subject = graph.Resolve<Actor>(_subjectId);
            Predicate = graph.Vocabulary.Predicate(_predicateId);
            Object = graph.Resolve<Actor>(_objectId);
        }

        /// <summary>For example "Iran backs Kataib Hezbollah".</summary>
        public override string ToString() => $"{Subject?.Name} {Predicate?.Name} {Object?.Name}";
    }
}
