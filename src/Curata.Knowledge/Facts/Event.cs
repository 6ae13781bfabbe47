using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>Something that happened: a strike, an attack, a visit, a negotiation, a campaign.</summary>
    public sealed class Event : Fact<Event>
    {
        private readonly int _type;
        private readonly int[] _causes;
        private readonly int? _partOf;

        private Event(KnowledgeGraph graph, int index, ref int position) : base(graph, index, ref position)
        {
            var reader = graph.Reader;
            _type = reader.Int(ref position);
            Name = reader.String(ref position);
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
            Fatalities = fatalities;
            Occurrences = reader.Count(ref position);
            _causes = reader.Ints(ref position);
            _partOf = reader.OptionalInt(ref position);
        }

        internal static Event Read(KnowledgeGraph graph, int index, int position) => new Event(graph, index, ref position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Event;

        /// <summary>The event type from the vocabulary.</summary>
        public EventType Type => Graph.Vocabulary.EventTypes[_type];

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
        public IReadOnlyList<Event> Causes => new IndexedList<Event>(Graph.Events, _causes);

        /// <summary>The events this one caused or provoked.</summary>
        public IReadOnlyList<Event> Consequences => Graph.ConsequencesOf(this);

        /// <summary>The larger event or campaign this one belongs to.</summary>
        public Event? PartOf => _partOf is int i ? Graph.Events[i] : null;

        /// <summary>The events that belong to this one.</summary>
        public IReadOnlyList<Event> Parts => Graph.PartsOf(this);

        /// <summary>Statements about this event.</summary>
        public IReadOnlyList<Statement> StatementsAbout => Graph.StatementsAbout(this);

        /// <summary>The participants playing <paramref name="roleId"/> (a participant role id such as "perpetrator").</summary>
        public IEnumerable<Actor> ActorsInRole(string roleId) => Participants.Where(p => p.Role.Id == roleId).Select(p => p.Actor);

        /// <summary>The name.</summary>
        public override string ToString() => Name;
    }
}
