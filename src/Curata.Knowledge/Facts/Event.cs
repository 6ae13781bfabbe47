using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Storage;
using System.Text.Json.Serialization;

namespace Curata.Knowledge
{
    /// <summary>Something that happened: a strike, an attack, a visit, a negotiation, a campaign.</summary>
    public sealed class Event : Fact<Event>
    {
        private IReadOnlyList<Participant>? _participants;
        private Fatalities? _fatalities;

        private Event(KnowledgeGraph graph, KindInfo kind, int index, int position) : base(graph, kind, index, position) { }

        internal static Event Read(KnowledgeGraph graph, KindInfo kind, int index, int position) => new Event(graph, kind, index, position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Event;

        /// <summary>The event type from the vocabulary.</summary>
        public EventType Type => (EventType)ValueAt(Slots.Type)!;

        /// <summary>A short title, when the data gives one (<see cref="DisplayName"/> always has one).</summary>
        public string? Name => ValueAt(Slots.Name) as string;

        /// <summary>The name, or, without one, the event type and the date in words.</summary>
        public override string DisplayName => Name ?? (Date is DateSpan date ? $"{Type.Name}, {date}" : Type.Name);

        /// <summary>A short summary.</summary>
        public string? Summary => ValueAt(Slots.Summary) as string;

        /// <summary>When it happened.</summary>
        public DateSpan? Date => (DateSpan?)ValueAt(Slots.Date);

        /// <summary>Where it happened, in words, when no place fact fits.</summary>
        public string? Place => ValueAt(Slots.Place) as string;

        /// <summary>The places where it happened.</summary>
        public IReadOnlyList<Place> Places => ValuesAt<Place>(Slots.Places);

        /// <summary>True when it happened in <paramref name="place"/> or anywhere within it.</summary>
        public bool IsIn(Place place) => Places.Any(p => p.IsWithin(place));

        /// <summary>Who took part, in what role.</summary>
        public IReadOnlyList<Participant> Participants => _participants ?? ValueDecoder.Once(ref _participants, () =>
            ObjectsAt(Slots.Participants).Select(participant => new Participant(this, participant, Slots.Participant)).ToArray());

        /// <summary>Fatality reports: the first is the one the total comes from; the others are alternatives that dispute it.</summary>
        public Fatalities Fatalities => _fatalities ?? ValueDecoder.Once(ref _fatalities, () =>
            new Fatalities(ObjectsAt(Slots.Fatalities).Select(report => new FatalityReport(Graph, report, Slots.Report)).ToArray()));

        /// <summary>For an aggregate event that stands for many ("more than 160 attacks"), how many.</summary>
        public EstimatedCount? Occurrences => ValueAt(Slots.Occurrences) as EstimatedCount;

        /// <summary>The events this one was caused by or answered.</summary>
        public IReadOnlyList<Event> Causes => ValuesAt<Event>(Slots.Causes);

        /// <summary>The events this one caused or provoked.</summary>
        [JsonIgnore]
        public IReadOnlyList<Event> Consequences => Graph.ConsequencesOf(this);

        /// <summary>The larger event or campaign this one belongs to.</summary>
        public Event? PartOf => ValueAt(Slots.PartOf) as Event;

        /// <summary>The events that belong to this one.</summary>
        [JsonIgnore]
        public IReadOnlyList<Event> Parts => Graph.PartsOf(this);

        /// <summary>Statements about this event.</summary>
        [JsonIgnore]
        public IReadOnlyList<Statement> StatementsAbout => Graph.StatementsAbout(this);

        /// <summary>The participants playing <paramref name="roleId"/> (a participant role id such as "perpetrator").</summary>
        public IEnumerable<Actor> ActorsInRole([KnowledgeId("ParticipantRoles")] string roleId) => Participants.Where(p => p.Role.Id == roleId).Select(p => p.Actor);

        /// <summary>The participants playing <paramref name="role"/>.</summary>
        public IEnumerable<Actor> ActorsInRole(ParticipantRole role) => Participants.Where(p => p.Role == role).Select(p => p.Actor);

        /// <summary>The name.</summary>
        public override string ToString() => DisplayName;

        private Layout Slots => KindInfo.Layout(kind => new Layout(kind));

        // Where an event's values are, as the schema lists them: looked up once per kind.
        private sealed class Layout
        {
            public readonly int Type, Name, Summary, Date, Place, Places, Participants, Fatalities, Occurrences, Causes, PartOf;
            public readonly Participant.Layout Participant;
            public readonly FatalityReport.Layout Report;

            public Layout(KindInfo kind)
            {
                Type = kind.RequiredSlot("type");
                Name = kind.RequiredSlot("name");
                Summary = kind.RequiredSlot("summary");
                Date = kind.RequiredSlot("date");
                Place = kind.RequiredSlot("place");
                Places = kind.RequiredSlot("places");
                Participants = kind.RequiredSlot("participants");
                Fatalities = kind.RequiredSlot("fatalities");
                Occurrences = kind.RequiredSlot("occurrences");
                Causes = kind.RequiredSlot("causes");
                PartOf = kind.RequiredSlot("partOf");
                Participant = new Participant.Layout(kind.Properties[Participants]);
                Report = new FatalityReport.Layout(kind.Properties[Fatalities]);
            }
        }
    }
}
