using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>
    /// One account of how many died in an event and who they were. Several reports on one event record a dispute between sources.
    /// </summary>
    public sealed class FatalityReport
    {
        private readonly IReadOnlyList<string> _victimActorIds;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public FatalityReport(EstimatedCount count, string? victims, IReadOnlyList<string> victimActorIds, IReadOnlyList<Citation> citations)
        {
            Count = count;
            Victims = victims;
            _victimActorIds = victimActorIds;
            Citations = citations;
        }

        /// <summary>How many died.</summary>
        public EstimatedCount Count { get; }

        /// <summary>Who died, in words.</summary>
        public string? Victims { get; }

        /// <summary>The actors the victims belonged to, when known.</summary>
        public IReadOnlyList<Actor> VictimActors { get; private set; } = System.Array.Empty<Actor>();

        /// <summary>Where this figure is reported.</summary>
        public IReadOnlyList<Citation> Citations { get; }

        internal void Link(KnowledgeGraph graph)
        {
            VictimActors = _victimActorIds.Select(graph.Resolve<Actor>).ToArray();
            foreach (var citation in Citations) citation.Link(graph);
        }

        /// <summary>For example "16 (Iraqi soldiers)".</summary>
        public override string ToString() => Victims == null ? Count.ToString() : $"{Count} ({Victims})";
    }
}
