using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>
    /// One account of how many died in an event and who they were, with its breakdown. Several reports on one event record a
    /// dispute between sources (see <see cref="Fatalities"/>).
    /// </summary>
    public sealed class FatalityReport
    {
        private readonly ObjectValue _values;
        private readonly Layout _slots;

        internal FatalityReport(KnowledgeGraph graph, ObjectValue values, Layout slots)
        {
            _values = values;
            _slots = slots;
            Breakdown = values.Items<ObjectValue>(slots.Breakdown).Select(share => new FatalityShare(share, slots.Share)).ToArray();
            Citations = Citation.Read(graph, values.Items<ObjectValue>(slots.Sources), slots.Source);
        }

        /// <summary>How many died.</summary>
        public EstimatedCount Count => (EstimatedCount)_values[_slots.Count]!;

        /// <summary>Who died, in words.</summary>
        public string? Victims => _values[_slots.Victims] as string;

        /// <summary>The actors the victims belonged to, when known.</summary>
        public IReadOnlyList<Actor> VictimActors => _values.Items<Actor>(_slots.VictimActors);

        /// <summary>How the count divides (by side, civilians, unknown); the parts add up to it, never to more.</summary>
        public IReadOnlyList<FatalityShare> Breakdown { get; }

        /// <summary>Where this figure is reported.</summary>
        public IReadOnlyList<Citation> Citations { get; }

        /// <summary>For example "16 (Iraqi soldiers)".</summary>
        public override string ToString() => Victims == null ? Count.ToString() : $"{Count} ({Victims})";

        /// <summary>Where a report's values are, as the schema lists the properties of an event's fatality reports.</summary>
        internal sealed class Layout
        {
            public readonly int Count, Victims, VictimActors, Breakdown, Sources;
            public readonly FatalityShare.Layout Share;
            public readonly Citation.Layout Source;

            public Layout(PropertyInfo report)
            {
                Count = report.RequiredSlot("count");
                Victims = report.RequiredSlot("victims");
                VictimActors = report.RequiredSlot("victimActors");
                Breakdown = report.RequiredSlot("breakdown");
                Sources = report.RequiredSlot("sources");
                Share = new FatalityShare.Layout(report.Properties[Breakdown]);
                Source = new Citation.Layout(report.Properties[Sources]);
            }
        }
    }
}
