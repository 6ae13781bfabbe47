using System.ComponentModel;

namespace Curata.Knowledge
{
    /// <summary>A role an actor plays in an event (perpetrator, target, host, visitor).</summary>
    public sealed class ParticipantRole : Term
    {
        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public ParticipantRole(string id, string name, string? description) : base(id, name, description) { }
    }
}
