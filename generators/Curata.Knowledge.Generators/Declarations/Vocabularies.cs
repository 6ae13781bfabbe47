using System;

namespace Curata.Knowledge.Generators.Declarations
{
    /// <summary>
    /// The vocabularies, named by their root sections. Event types, participant roles and predicates have readers of their own;
    /// the simple ones (actor, source, role and place kinds) are plain terms with an optional parent, and their standard terms
    /// come with the standard declarations.
    /// </summary>
    internal static class Vocabularies
    {
        public const string EventTypes = "eventTypes";
        public const string ParticipantRoles = "participantRoles";
        public const string Predicates = "predicates";
        public const string ActorKinds = "actorKinds";
        public const string SourceKinds = "sourceKinds";
        public const string RoleKinds = "roleKinds";
        public const string PlaceKinds = "placeKinds";

        public static readonly string[] Simple = { ActorKinds, SourceKinds, RoleKinds, PlaceKinds };

        public static readonly string[] All = { EventTypes, ParticipantRoles, Predicates, ActorKinds, SourceKinds, RoleKinds, PlaceKinds };

        public static bool Exists(string vocabulary) => Array.IndexOf(All, vocabulary) >= 0;

        /// <summary>"actorKinds" → "actor kind"; a generated class name reads the same way ("ParticipantRoles" → "participant role").</summary>
        public static string Describe(string vocabulary)
        {
            var words = Parsing.Names.ToKebabCase(vocabulary).Replace('-', ' ');
            return words.EndsWith("s", StringComparison.Ordinal) ? words.Substring(0, words.Length - 1) : words;
        }

        /// <summary>The generated class of a vocabulary: "actorKinds" → "ActorKinds".</summary>
        public static string ClassName(string vocabulary) => char.ToUpperInvariant(vocabulary[0]) + vocabulary.Substring(1);

        /// <summary>The runtime type of a vocabulary's terms: "actorKinds" → "ActorKind".</summary>
        public static string TermType(string vocabulary)
        {
            var name = ClassName(vocabulary);
            return name.Substring(0, name.Length - 1);
        }
    }
}
