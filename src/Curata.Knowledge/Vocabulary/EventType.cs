namespace Curata.Knowledge
{
    /// <summary>A kind of event (attack, airstrike, visit), possibly narrower than a parent type.</summary>
    public sealed class EventType : Term
    {
        private readonly int? _parent;

        private EventType(KnowledgeGraph graph, ref int position) : base(graph, ref position) => _parent = graph.Reader.OptionalInt(ref position);

        internal static EventType Read(KnowledgeGraph graph, int position) => new EventType(graph, ref position);

        /// <summary>The broader type, if any (an airstrike is an attack).</summary>
        public EventType? Parent => _parent is int i ? Graph.Vocabulary.EventTypes[i] : null;

        /// <summary>True when this type is <paramref name="other"/> or narrower than it.</summary>
        public bool IsA(EventType other)
        {
            var steps = 0;
            // The build reports cycles among parents (KB0405), but its severity can be lowered: bound the walk by the vocabulary's size.
            for (EventType? type = this; type != null && steps <= Graph.Vocabulary.EventTypes.Count; type = type.Parent, steps++)
            {
                if (ReferenceEquals(type, other)) return true;
            }
            return false;
        }
    }
}
