using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Curata.Knowledge
{
    /// <summary>An office, leadership or membership an actor holds, possibly over a span of time.</summary>
    public sealed class Role
    {
        private readonly KnowledgeGraph _graph;
        private readonly int? _institution;
        private readonly string _kind;

        private Role(KnowledgeGraph graph, Actor holder, ref int position)
        {
            var reader = graph.Reader;
            _graph = graph;
            Holder = holder;
            _kind = reader.String(ref position);
            Title = reader.OptionalString(ref position);
            _institution = reader.OptionalInt(ref position);
            Span = reader.Span(ref position);
            Citations = Citation.Read(graph, ref position);
        }

        internal static Role Read(KnowledgeGraph graph, Actor holder, ref int position) => new Role(graph, holder, ref position);

        /// <summary>The tie this role expresses.</summary>
        public RoleKind Kind => _graph.Vocabulary.RoleKind(_kind);

        /// <summary>The title, such as "Prime Minister".</summary>
        public string? Title { get; }

        /// <summary>Who holds the role.</summary>
        [JsonIgnore]
        public Actor Holder { get; }

        /// <summary>The institution the role is held in, when known.</summary>
        public Actor? Institution => _institution is int i ? _graph.Actors[i] : null;

        /// <summary>When the role was held.</summary>
        public DateSpan? Span { get; }

        /// <summary>Where the role is reported.</summary>
        public IReadOnlyList<Citation> Citations { get; }

        /// <summary>
        /// Whether the role is held on <paramref name="date"/>: true or false when its span settles it, null when partial dates
        /// leave it open. A role with no span is taken to hold.
        /// </summary>
        public bool? HeldOn(PartialDate date) => Span is DateSpan span ? span.Contains(date) : true;

        /// <summary>For example "HoldsOffice Prime Minister (Iraq)".</summary>
        public override string ToString() => $"{Kind} {Title} ({Institution?.Name})";
    }
}
