using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The names of the generated classes and of the members every one of them has, which the checks must keep fact members
    /// and declared names from colliding with. The emitter uses the same constants and functions.
    /// </summary>
    internal static class GeneratedNames
    {
        public const string Sources = "Sources";
        public const string Actors = "Actors";
        public const string Statements = "Statements";
        public const string Events = "Events";
        public const string Relations = "Relations";
        public const string KnowledgeBase = "KnowledgeBase";

        /// <summary>Members of every generated fact class, plus what <see cref="object"/> already defines.</summary>
        public static readonly string[] ReservedMembers =
        {
            "All", "Get", "TryGet", "Find", "Ids", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
        };

        /// <summary>The generated class of a kind's facts: its plural in Pascal case ("crewMembers" → "CrewMembers").</summary>
        public static string ClassOf(string plural) => Names.PropertyMemberName(plural);

        /// <summary>
        /// The C# type of a declared kind's facts: its id in Pascal case, or that plus "Fact" when the plural is the same word
        /// ("spacecraft"), so the type and its class differ. Standard kinds have their runtime types.
        /// </summary>
        public static string TypeOf(string kind, string plural)
        {
            var name = Names.ToPascalCase(kind);
            return name == ClassOf(plural) ? name + "Fact" : name;
        }

        /// <summary>The standard kinds with a type of their own in the runtime library, by kind id.</summary>
        public static readonly IReadOnlyDictionary<string, string> RuntimeTypes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [StandardKinds.Source] = "Source", [StandardKinds.Actor] = "Actor", [StandardKinds.Statement] = "Statement",
            [StandardKinds.Event] = "Event", [StandardKinds.Relation] = "Relation", [StandardKinds.Place] = "Place",
        };

        /// <summary>The static class holding the typed declared properties of a kind that has a runtime type ("EventProperties").</summary>
        public static string ExtensionsOf(string typeName) => typeName + "Properties";

        /// <summary>The classes generated for every knowledge base: the standard kinds', the vocabularies' and KnowledgeBase.</summary>
        public static readonly IReadOnlyList<string> StandardClasses = new[] { KnowledgeBase, Sources, Actors, Statements, Events, Relations, "Places" }
            .Concat(Vocabularies.All.Select(Vocabularies.ClassName)).ToArray();

        // Types the runtime library defines and generated code names, and the classes generated for standard kinds and vocabularies.
        private static readonly HashSet<string> Taken = new HashSet<string>(StandardClasses.Concat(new[]
        {
            "Fact", "DeclaredFact", "Source", "Actor", "Statement", "Event", "Relation", "Place", "Term", "KnowledgeGraph", "Vocabulary",
            "Citation", "Participant", "Role", "FatalityReport", "Fatalities", "FatalityShare", "EstimatedCount", "PartialDate", "DateSpan",
            "ExternalId", "Quantity", "GeoPoint", "FactId", "FactKind", "Influence", "Timeline", "Reference",
        }).Concat(Vocabularies.All.Select(Vocabularies.TermType))
         .Concat(RuntimeTypes.Values.Select(ExtensionsOf)), StringComparer.Ordinal);

        /// <summary>Why a declared kind's C# names cannot be used, or null.</summary>
        public static string? KindNameProblem(string kind, string plural)
        {
            var type = TypeOf(kind, plural);
            var className = ClassOf(plural);
            if (Taken.Contains(className)) return $"its section '{plural}' gives the class name '{className}', which the generated API already uses";
            if (Taken.Contains(type)) return $"its id gives the type name '{type}', which the generated API already uses";
            if (Taken.Contains(ExtensionsOf(type))) return $"its id gives the class name '{ExtensionsOf(type)}', which the generated API already uses";
            return null;
        }

        // Public members of the runtime types, which a declared property's member would hide (instance) or be hidden by (extension).
        private static readonly string[] FactMembers = { "Id", "Citations", "Kind", "KindId", "Graph", "Key", "ExternalIds", "ReferencedBy", "GetValue", "DisplayName", "Equals", "GetHashCode", "GetType", "ToString" };

        private static readonly Dictionary<string, string[]> RuntimeMembers = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [StandardKinds.Source] = new[] { "CitedBy", "Contributors", "Language", "Notes", "Place", "Published", "Publisher", "SourceKind", "Title", "TextFile" },
            [StandardKinds.Actor] = new[] { "ActorKind", "Aliases", "Description", "Events", "Lifespan", "Name", "Participations", "Relations", "Roles", "RolesIn", "RolesOn", "Statements", "StatementsAbout" },
            [StandardKinds.Statement] = new[] { "About", "Date", "IsQuotation", "IssuedThrough", "Mode", "Speaker", "Text" },
            [StandardKinds.Event] = new[] { "ActorsInRole", "Causes", "Consequences", "Date", "Fatalities", "Name", "Occurrences", "PartOf", "Participants", "Parts", "Place", "Places", "StatementsAbout", "Summary", "Type", "IsIn" },
            [StandardKinds.Relation] = new[] { "HoldsOn", "Note", "Object", "Predicate", "Span", "Subject" },
            [StandardKinds.Place] = new[] { "Name", "Aliases", "PlaceKind", "PartOf", "Parts", "Coordinates", "Description", "IsWithin", "Events", "Within" },
        };

        /// <summary>Why a declared property's C# member cannot be used on its kind's type, or null.</summary>
        public static string? MemberNameProblem(string kind, string member)
        {
            if (FactMembers.Contains(member) || (RuntimeMembers.TryGetValue(kind, out var members) && members.Contains(member)))
                return $"its C# name '{member}' is already a member of every {kind}";
            return null;
        }
    }
}
