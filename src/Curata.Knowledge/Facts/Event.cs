using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Storage;
using System.Text.Json.Serialization;

namespace Curata.Knowledge
{
    /// <summary>Something that happened: a strike, an attack, a visit, a negotiation, a campaign.</summary>
    public sealed class Event : Fact<Event>
    {
        private readonly int _type;
        private readonly int[] _causes;
        private readonly int? _partOf;

        private Event(KnowledgeGraph graph, Storage.KindInfo kind, int index, ref int position) : base(graph, kind, index, ref position)
        {
            var reader = graph.Reader;
            _type = reader.Int(ref position);
            Name = reader.OptionalString(ref position);
            Summary = reader.OptionalString(ref position);
            Date = reader.Span(ref position);
            Place = reader.OptionalString(ref position);
            var participants = new Participant[reader.Int(ref position)];
            for (var i = 0; i < participants.Length; i++)
            {
                var actor = reader.Int(ref position);
                participants[i] = new Participant(this, actor, reader.Int(ref position));
            }
            Participants = participants;
            var fatalities = new FatalityReport[reader.Int(ref position)];
            for (var i = 0; i < fatalities.Length; i++) fatalities[i] = FatalityReport.Read(graph, ref position);
            Fatalities = new Fatalities(fatalities);
            Occurrences = reader.Count(ref position);
            _causes = reader.Ints(ref position);
            _partOf = reader.OptionalInt(ref position);
        }

        internal static Event Read(KnowledgeGraph graph, Storage.KindInfo kind, int index, int position) => new Event(graph, kind, index, ref position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Event;

        /// <summary>The event type from the vocabulary.</summary>
        public EventType Type => Graph.Vocabulary.EventTypes[_type];

        /// <summary>A short title, when the data gives one (<see cref="DisplayName"/> always has one).</summary>
        public string? Name { get; }

        /// <summary>The name, or, without one, the event type and the date in words.</summary>
        public override string DisplayName => Name ?? (Date is DateSpan date ? $"{Type.Name}, {date}" : Type.Name);

        /// <summary>A short summary.</summary>
        public string? Summary { get; }

        /// <summary>When it happened.</summary>
        public DateSpan? Date { get; }

        /// <summary>Where it happened, in words, when no place fact fits.</summary>
        public string? Place { get; }

        /// <summary>The places where it happened.</summary>
        public IReadOnlyList<Place> Places => ValuesAt<Place>(KindInfo.Slot("places"));

        /// <summary>True when it happened in <paramref name="place"/> or anywhere within it.</summary>
        public bool IsIn(Place place) => Places.Any(p => p.IsWithin(place));

        /// <summary>Who took part, in what role.</summary>
        public IReadOnlyList<Participant> Participants { get; }

        /// <summary>Fatality reports: the first is the one the total comes from; the others are alternatives that dispute it.</summary>
        public Fatalities Fatalities { get; }

        /// <summary>For an aggregate event that stands for many ("more than 160 attacks"), how many.</summary>
        public EstimatedCount? Occurrences { get; }

        /// <summary>The events this one was caused by or answered.</summary>
        public IReadOnlyList<Event> Causes => new IndexedList<Event>(Graph.Events, _causes);

        /// <summary>The events this one caused or provoked.</summary>
        [JsonIgnore]
        public IReadOnlyList<Event> Consequences => Graph.ConsequencesOf(this);

        /// <summary>The larger event or campaign this one belongs to.</summary>
        public Event? PartOf => _partOf is int i ? Graph.Events[i] : null;

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
    }
}
