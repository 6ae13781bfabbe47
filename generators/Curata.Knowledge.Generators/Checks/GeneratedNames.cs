namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The names of the generated classes and of the members every one of them has, which the checks must keep fact members
    /// from colliding with. The emitter uses the same constants.
    /// </summary>
    internal static class GeneratedNames
    {
        public const string Sources = "Sources";
        public const string Actors = "Actors";
        public const string Statements = "Statements";
        public const string Events = "Events";
        public const string Relations = "Relations";
        public const string EventTypes = "EventTypes";
        public const string ParticipantRoles = "ParticipantRoles";
        public const string Predicates = "Predicates";
        public const string KnowledgeBase = "KnowledgeBase";

        /// <summary>Members of every generated fact class, plus what <see cref="object"/> already defines.</summary>
        public static readonly string[] ReservedMembers =
        {
            "All", "Get", "TryGet", "Find", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
        };
    }
}
