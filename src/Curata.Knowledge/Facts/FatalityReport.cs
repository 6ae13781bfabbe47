using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>
    /// One account of how many died in an event and who they were, with its breakdown. Several reports on one event record a
    /// dispute between sources (see <see cref="Fatalities"/>).
    /// </summary>
    public sealed class FatalityReport
    {
        private readonly KnowledgeGraph _graph;
        private readonly int[] _victimActors;

        private FatalityReport(KnowledgeGraph graph, ref int position)
        {
            var reader = graph.Reader;
            _graph = graph;
            Count = reader.Count(ref position)!;
            Victims = reader.OptionalString(ref position);
            _victimActors = reader.Ints(ref position);
            var breakdown = new FatalityShare[reader.Int(ref position)];
            for (var i = 0; i < breakdown.Length; i++) breakdown[i] = new FatalityShare(graph, ref position);
            Breakdown = breakdown;
            Citations = Citation.Read(graph, ref position);
        }

        internal static FatalityReport Read(KnowledgeGraph graph, ref int position) => new FatalityReport(graph, ref position);

        /// <summary>How many died.</summary>
        public EstimatedCount Count { get; }

        /// <summary>Who died, in words.</summary>
        public string? Victims { get; }

        /// <summary>The actors the victims belonged to, when known.</summary>
        public IReadOnlyList<Actor> VictimActors => _victimActors.Select(i => _graph.Actors[i]).ToArray();

        /// <summary>How the count divides (by side, civilians, unknown); the parts add up to it, never to more.</summary>
        public IReadOnlyList<FatalityShare> Breakdown { get; }

        /// <summary>Where this figure is reported.</summary>
        public IReadOnlyList<Citation> Citations { get; }

        /// <summary>For example "16 (Iraqi soldiers)".</summary>
        public override string ToString() => Victims == null ? Count.ToString() : $"{Count} ({Victims})";
    }
}
