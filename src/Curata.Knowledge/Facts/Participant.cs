using System.Text.Json.Serialization;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>An actor's part in an event: who took part, and in what role.</summary>
    public sealed class Participant
    {
        private readonly ObjectValue _values;
        private readonly Layout _slots;

        internal Participant(Event owner, ObjectValue values, Layout slots)
        {
            Event = owner;
            _values = values;
            _slots = slots;
        }

        /// <summary>The event.</summary>
        [JsonIgnore]
        public Event Event { get; }

        /// <summary>The actor who took part.</summary>
        public Actor Actor => (Actor)_values[_slots.Actor]!;

        /// <summary>The role the actor played (perpetrator, target, host, ...).</summary>
        public ParticipantRole Role => (ParticipantRole)_values[_slots.Role]!;

        /// <summary>For example "United States as perpetrator".</summary>
        public override string ToString() => $"{Actor.Name} as {Role.Name}";

        /// <summary>Where a participant's values are, as the schema lists the properties of an event's participants.</summary>
        internal sealed class Layout
        {
            public readonly int Actor, Role;

            public Layout(PropertyInfo participant)
            {
                Actor = participant.RequiredSlot("actor");
                Role = participant.RequiredSlot("role");
            }
        }
    }
}
