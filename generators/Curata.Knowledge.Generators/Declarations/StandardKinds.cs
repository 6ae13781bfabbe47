namespace Curata.Knowledge.Generators.Declarations
{
    /// <summary>
    /// The ids of the standard kinds. Sources, actors, statements, events and relations have readers, checks and runtime types
    /// of their own for the properties their declarations list (they are the behaviour of the format); places, like every kind a
    /// knowledge base declares, are read, checked and stored through the declarations alone.
    /// </summary>
    internal static class StandardKinds
    {
        public const string Source = "source";
        public const string Actor = "actor";
        public const string Statement = "statement";
        public const string Event = "event";
        public const string Relation = "relation";
        public const string Place = "place";

        /// <summary>What a reference declared <c>"to": "fact"</c> may name: a fact of any kind.</summary>
        public const string AnyFact = "fact";

        /// <summary>The kinds with readers of their own, in the order the fact table numbers facts.</summary>
        public static readonly string[] WithOwnReader = { Source, Actor, Statement, Event, Relation };

        public static bool HasOwnReader(string kind) => System.Array.IndexOf(WithOwnReader, kind) >= 0;
    }
}
