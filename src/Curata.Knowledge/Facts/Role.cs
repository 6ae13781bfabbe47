using System.Collections.Generic;
using System.ComponentModel;

namespace Curata.Knowledge
{
    /// <summary>An office, leadership or membership an actor holds, possibly over a span of time.</summary>
    public sealed class Role
    {
        private readonly string? _institutionId;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Role(RoleKind kind, string? title, string? institutionId, DateSpan? span, IReadOnlyList<Citation> citations)
        {
            Kind = kind;
            Title = title;
            _institutionId = institutionId;
            Span = span;
            Citations = citations;
        }

        /// <summary>The tie this role expresses.</summary>
        public RoleKind Kind { get; }

        /// <summary>The title, such as "Prime Minister".</summary>
        public string? Title { get; }

        /// <summary>Who holds the role.</summary>
        public Actor Holder { get; private set; } = null!;

        /// <summary>The institution the role is held in, when known.</summary>
        public Actor? Institution { get; private set; }

        /// <summary>When the role was held.</summary>
        public DateSpan? Span { get; }

        /// <summary>Where the role is reported.</summary>
        public IReadOnlyList<Citation> Citations { get; }

        /// <summary>
        /// Whether the role is held on <paramref name="date"/>: true or false when its span settles it, null when partial dates
        /// leave it open. A role with no span is taken to hold.
        /// </summary>
        public bool? HeldOn(PartialDate date) => Span is DateSpan span ? span.Contains(date) : true;

        internal void Link(KnowledgeGraph graph, Actor holder)
        {
            Holder = holder;
            Institution = _institutionId == null ? null : graph.Resolve<Actor>(_institutionId);
            foreach (var citation in Citations) citation.Link(graph);
        }

        /// <summary>For example "holds-office Prime Minister (Iraq)".</summary>
        public override string ToString() => $"{Kind} {Title} ({Institution?.Name})";
    }
}
