using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators.Analyzers
{
    /// <summary>
    /// The ids (and, for actors, the names and aliases) each generated lookup class accepts, for checking constant lookups in
    /// C# code. Names are compared as the runtime compares them: letters and digits only, ignoring case.
    /// </summary>
    internal sealed class KnownIds
    {
        private readonly Dictionary<string, HashSet<string>> _idsByClass = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _actorsByName = new Dictionary<string, string>(StringComparer.Ordinal);

        public KnownIds(KnowledgeBaseSpec spec)
        {
            Add(GeneratedNames.Sources, spec.Sources.Select(s => s.Id.Id));
            Add(GeneratedNames.Actors, spec.Actors.Select(a => a.Id.Id));
            Add(GeneratedNames.Statements, spec.Statements.Select(s => s.Id.Id));
            Add(GeneratedNames.Events, spec.Events.Select(e => e.Id.Id));
            Add(GeneratedNames.Relations, spec.Relations.Select(r => r.Id.Id));
            Add(GeneratedNames.EventTypes, spec.EventTypes.Select(t => t.Id.Id));
            Add(GeneratedNames.ParticipantRoles, spec.ParticipantRoles.Select(t => t.Id.Id));
            Add(GeneratedNames.Predicates, spec.Predicates.Select(t => t.Id.Id));
            foreach (var actor in spec.Actors)
            {
                foreach (var name in actor.Aliases.Concat(new[] { actor.Name }))
                {
                    var key = NormaliseName(name);
                    if (key.Length > 0 && !_actorsByName.ContainsKey(key)) _actorsByName[key] = actor.Id.Id;
                }
            }
        }

        public static bool IsLookupClass(string name) => ClassNames.Contains(name);

        /// <summary>The generated class that looks up facts of a runtime type (Actor → Actors).</summary>
        public static string? ClassOf(string factType) => ClassNames.FirstOrDefault(c => c == factType + "s");

        /// <summary>Null when <paramref name="value"/> is known; otherwise the message arguments for KB0701.</summary>
        public object[]? Check(string className, string value)
        {
            if (!_idsByClass.TryGetValue(className, out var ids) || ids.Contains(value)) return null;
            var isActors = className == GeneratedNames.Actors;
            if (isActors && _actorsByName.ContainsKey(NormaliseName(value))) return null;
            var closest = Names.Closest(value, ids);
            if (closest == null && isActors)
            {
                var name = Names.Closest(NormaliseName(value), _actorsByName.Keys);
                if (name != null) closest = _actorsByName[name];
            }
            var noun = Names.ToKebabCase(className.Substring(0, className.Length - 1)).Replace('-', ' ');
            return new object[] { value, isActors ? ", name or alias" : "", noun, Names.Suggestion(closest) };
        }

        private static readonly string[] ClassNames =
        {
            GeneratedNames.Sources, GeneratedNames.Actors, GeneratedNames.Statements, GeneratedNames.Events, GeneratedNames.Relations,
            GeneratedNames.EventTypes, GeneratedNames.ParticipantRoles, GeneratedNames.Predicates,
        };

        private void Add(string className, IEnumerable<string> ids) => _idsByClass[className] = new HashSet<string>(ids, StringComparer.Ordinal);

        private static string NormaliseName(string name) => FactTableFormat.NormaliseName(name);
    }
}
