using System.ComponentModel;

namespace Curata.Knowledge
{
    /// <summary>An actor's part in an event: who took part, and in what role.</summary>
    public sealed class Participant
    {
        private readonly string _actorId;
        private readonly string _roleId;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public Participant(string actorId, string roleId)
        {
            _actorId = actorId;
            _roleId = roleId;
        }

        /// <summary>The event.</summary>
        public Event Event { get; private set; } = null!;

        /// <summary>The actor who took part.</summary>
        public Actor Actor { get; private set; } = null!;

        /// <summary>The role the actor played (perpetrator, target, host, ...).</summary>
        public ParticipantRole Role { get; private set; } = null!;

        internal void Link(KnowledgeGraph graph, Event owner)
        {
            Event = owner;
            Actor = graph.Resolve<Actor>(_actorId);
            Role = graph.Vocabulary.ParticipantRole(_roleId);
        }

        /// <summary>For example "United States as perpetrator".</summary>
        public override string ToString() => $"{Actor?.Name} as {Role?.Name}";
    }
}
