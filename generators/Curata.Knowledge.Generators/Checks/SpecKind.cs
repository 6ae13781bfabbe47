namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>What an id names: one of the five fact kinds (one shared id space), or an entry of one of the three vocabularies.</summary>
    internal enum SpecKind { Source, Actor, Statement, Event, Relation, AnyFact, EventType, ParticipantRole, Predicate }

    internal static class SpecKindExtensions
    {
        public static bool IsFact(this SpecKind kind) => kind <= SpecKind.AnyFact;

        public static string Describe(this SpecKind kind, bool withArticle = true)
        {
            var noun = kind switch
            {
                SpecKind.Source => "source",
                SpecKind.Actor => "actor",
                SpecKind.Statement => "statement",
                SpecKind.Event => "event",
                SpecKind.Relation => "relation",
                SpecKind.AnyFact => "fact",
                SpecKind.EventType => "event type",
                SpecKind.ParticipantRole => "participant role",
                _ => "predicate",
            };
            if (!withArticle) return noun;
            return (noun[0] == 'a' || noun[0] == 'e' ? "an " : "a ") + noun;
        }
    }
}
