using System.ComponentModel;

namespace Curata.Knowledge
{
    /// <summary>A kind of event (attack, airstrike, visit), possibly narrower than a parent type.</summary>
    public sealed class EventType : Term
    {
        private readonly string? _parentId;

        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public EventType(string id, string name, string? description, string? parentId) : base(id, name, description) => _parentId = parentId;

        /// <summary>The broader type, if any (an airstrike is an attack).</summary>
        public EventType? Parent { get; private set; }

        /// <summary>True when this type is <paramref name="other"/> or narrower than it.</summary>
        public bool IsA(EventType other)
        {
            for (EventType? type = this; type != null; type = type.Parent)
            {
                if (ReferenceEquals(type, other)) return true;
            }
            return false;
        }

        internal override void Link(Vocabulary vocabulary) => Parent = _parentId == null ? null : vocabulary.EventType(_parentId);
    }
}
