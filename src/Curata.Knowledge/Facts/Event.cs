using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>Something that happened: a strike, an attack, a visit, a negotiation, a campaign.</summary>
    public sealed class Event : Fact<Event>
    {
        private readonly string _typeId;
        private readonly IReadOnlyList<string> _causeIds;
        private readonly string? _partOfId;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Event(string id, string typeId, string name, string? summary, DateSpan? date, string? place,
            IReadOnlyList<Participant> participants, IReadOnlyList<FatalityReport> fatalities, EstimatedCount? occurrences,
            IReadOnlyList<string> causeIds, string? partOfId, IReadOnlyList<Citation> citations)
            : base(id, citations)
        {
            _typeId = typeId;
            Name = name;
            Summary = summary;
            Date = date;
            Place = place;
            Participants = participants;
            Fatalities = fatalities;
            Occurrences = occurrences;
            _causeIds = causeIds;
            _partOfId = partOfId;
        }

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Event;

        /// <summary>The event type from the vocabulary.</summary>
        public EventType Type { get; private set; } = null!;

        /// <summary>A short title.</summary>
        public string Name { get; }

        /// <summary>A short summary.</summary>
        public string? Summary { get; }

        /// <summary>When it happened.</summary>
        public DateSpan? Date { get; }

        /// <summary>Where it happened.</summary>
        public string? Place { get; }

        /// <summary>Who took part, in what role.</summary>
        public IReadOnlyList<Participant> Participants { get; }

        /// <summary>Fatality figures; more than one when sources disagree.</summary>
        public IReadOnlyList<FatalityReport> Fatalities { get; }

        /// <summary>For an aggregate event that stands for many ("more than 160 attacks"), how many.</summary>
        public EstimatedCount? Occurrences { get; }

        /// <summary>The events this one was caused by or answered.</summary>
        public IReadOnlyList<Event> Causes { get; private set; } = System.Array.Empty<Event>();

        /// <summary>The events this one caused or provoked.</summary>
        public IReadOnlyList<Event> Consequences => Graph.ConsequencesOf(this);

        /// <summary>The larger event or campaign this one belongs to.</summary>
        public Event? PartOf { get; private set; }

        /// <summary>The events that belong to this one.</summary>
        public IReadOnlyList<Event> Parts => Graph.PartsOf(this);

        /// <summary>Statements about this event.</summary>
        public IReadOnlyList<Statement> StatementsAbout => Graph.StatementsAbout(this);

        /// <summary>The participants playing <paramref name="roleId"/> (a participant role id such as "perpetrator").</summary>
        public IEnumerable<Actor> ActorsInRole(string roleId) => Participants.Where(p => p.Role.Id == roleId).Select(p => p.Actor);

        internal override void Link(KnowledgeGraph graph)
        {
            base.Link(graph);
            Type = graph.Vocabulary.EventType(_typeId);
            Causes = _causeIds.Select(graph.Resolve<Event>).ToArray();
            PartOf = _partOfId == null ? null : graph.Resolve<Event>(_partOfId);
            foreach (var participant in Participants) participant.Link(graph, this);
            foreach (var report in Fatalities) report.Link(graph);
        }

        /// <summary>The name.</summary>
        public override string ToString() => Name;
    }
}
