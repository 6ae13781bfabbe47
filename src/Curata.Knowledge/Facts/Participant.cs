using System.Text.Json.Serialization;

namespace Curata.Knowledge
{
    /// <summary>An actor's part in an event: who took part, and in what role.</summary>
    public sealed class Participant
    {
        private readonly int _actor;
        private readonly int _role;

        internal Participant(Event owner, int actor, int role)
        {
            Event = owner;
            _actor = actor;
            _role = role;
        }

        /// <summary>The event.</summary>
        [JsonIgnore]
        public Event Event { get; }

        /// <summary>The actor who took part.</summary>
        public Actor Actor => Event.Graph.Actors[_actor];

        /// <summary>The role the actor played (perpetrator, target, host, ...).</summary>
        public ParticipantRole Role => Event.Graph.Vocabulary.ParticipantRoles[_role];

        /// <summary>For example "United States as perpetrator".</summary>
        public override string ToString() => $"{Actor.Name} as {Role.Name}";
    }
}
