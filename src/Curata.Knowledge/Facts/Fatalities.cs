using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Storage;

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
        private readonly ObjectValue _values;
        private readonly Layout _slots;

        internal FatalityShare(ObjectValue values, Layout slots)
        {
            _values = values;
            _slots = slots;
        }

        /// <summary>Whose deaths this part counts.</summary>
        public FatalityCategory Category => (FatalityCategory)(int)_values[_slots.Category]!;

        /// <summary>For a side, the actor, when known.</summary>
        public Actor? Actor => _values[_slots.Actor] as Actor;

        /// <summary>How many.</summary>
        public EstimatedCount Count => (EstimatedCount)_values[_slots.Count]!;

        /// <summary>Who they were, in words.</summary>
        public string? Victims => _values[_slots.Victims] as string;

        /// <summary>For example "12 (side: Army of the North)".</summary>
        public override string ToString() => $"{Count} ({Category.ToString().ToLowerInvariant()}{(Actor == null ? "" : ": " + Actor.Name)})";

        /// <summary>
        /// Where a share's values are, as the schema lists the properties of a report's breakdown. The category's values are
        /// declared in the order of <see cref="FatalityCategory"/>, so its index is the member (a test holds them together).
        /// </summary>
        internal sealed class Layout
        {
            public readonly int Category, Actor, Count, Victims;

            public Layout(PropertyInfo share)
            {
                Category = share.RequiredSlot("category");
                Actor = share.RequiredSlot("actor");
                Count = share.RequiredSlot("count");
                Victims = share.RequiredSlot("victims");
            }
        }
    }
}
