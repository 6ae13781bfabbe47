using System;
using System.ComponentModel;

namespace Curata.Knowledge
{
    /// <summary>
    /// Marks a string parameter that takes the id of a fact or term: the analyzer checks a constant passed to it against the
    /// ids of the generated class named by <see cref="LookupClass"/> (KB0701), as it checks the generated <c>Get</c> methods.
    /// </summary>
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class KnowledgeIdAttribute : Attribute
    {
        /// <summary>Names the generated class whose ids the parameter takes ("ParticipantRoles", "Actors").</summary>
        public KnowledgeIdAttribute(string lookupClass) => LookupClass = lookupClass;

        /// <summary>The generated class whose ids the parameter takes.</summary>
        public string LookupClass { get; }
    }

    /// <summary>
    /// Used by generated code: the ids a generated lookup class accepts (and, for actors, their names and aliases, normalised),
    /// one per line, so the analyzer can check constant lookups in projects that reference the knowledge without its files.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class KnowledgeIdsAttribute : Attribute
    {
        /// <summary>Records the ids and the names a generated lookup class accepts.</summary>
        public KnowledgeIdsAttribute(string ids, string names)
        {
            Ids = ids;
            Names = names;
        }

        /// <summary>The ids, one per line.</summary>
        public string Ids { get; }

        /// <summary>The normalised names and aliases (actors only), one per line, each with its id after a tab.</summary>
        public string Names { get; }
    }
}
