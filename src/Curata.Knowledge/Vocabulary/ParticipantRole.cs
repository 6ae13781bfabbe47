namespace Curata.Knowledge
{
    /// <summary>A role an actor plays in an event (perpetrator, target, host, visitor).</summary>
    public sealed class ParticipantRole : Term
    {
        private ParticipantRole(KnowledgeGraph graph, ref int position) : base(graph, ref position) { }

        internal static ParticipantRole Read(KnowledgeGraph graph, int position) => new ParticipantRole(graph, ref position);
    }
}
