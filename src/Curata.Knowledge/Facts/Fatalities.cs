using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>
    /// An event's fatality reports. The first report is the account the total comes from; a report's breakdown (by side,
    /// civilians, unknown) divides that total and is never added to it; the other reports are alternatives from sources that
    /// dispute it. Summing <see cref="Total"/> over events therefore counts each death once.
    /// </summary>
    public sealed class Fatalities : IReadOnlyList<FatalityReport>
    {
        private readonly FatalityReport[] _reports;

        internal Fatalities(FatalityReport[] reports) => _reports = reports;

        /// <summary>The total of the first report, or null when the event has none.</summary>
        public EstimatedCount? Total => _reports.Length == 0 ? null : _reports[0].Count;

        /// <summary>How the total divides (by side, civilians, unknown): the first report's breakdown.</summary>
        public IReadOnlyList<FatalityShare> Breakdown => _reports.Length == 0 ? System.Array.Empty<FatalityShare>() : _reports[0].Breakdown;

        /// <summary>The reports that dispute the first one.</summary>
        public IReadOnlyList<FatalityReport> Alternatives => _reports.Skip(1).ToArray();

        /// <summary>True when sources disagree on the toll.</summary>
        public bool IsDisputed => _reports.Length > 1;

        /// <inheritdoc/>
        public int Count => _reports.Length;

        /// <inheritdoc/>
        public FatalityReport this[int index] => _reports[index];

        /// <inheritdoc/>
        public IEnumerator<FatalityReport> GetEnumerator() => ((IEnumerable<FatalityReport>)_reports).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>One part of a fatality report's total: one side's dead, civilians, or the dead of unknown affiliation.</summary>
    public sealed class FatalityShare
    {
        private readonly KnowledgeGraph _graph;
        private readonly int? _actor;

        internal FatalityShare(KnowledgeGraph graph, ref int position)
        {
            var reader = graph.Reader;
            _graph = graph;
            Category = (FatalityCategory)reader.Int(ref position);
            _actor = reader.OptionalInt(ref position);
            Count = reader.Count(ref position)!;
            Victims = reader.OptionalString(ref position);
        }

        /// <summary>Whose deaths this part counts.</summary>
        public FatalityCategory Category { get; }

        /// <summary>For a side, the actor, when known.</summary>
        public Actor? Actor => _actor is int i ? _graph.Actors[i] : null;

        /// <summary>How many.</summary>
        public EstimatedCount Count { get; }

        /// <summary>Who they were, in words.</summary>
        public string? Victims { get; }

        /// <summary>For example "12 (side: Army of the North)".</summary>
        public override string ToString() => $"{Count} ({Category.ToString().ToLowerInvariant()}{(Actor == null ? "" : ": " + Actor.Name)})";
    }
}
