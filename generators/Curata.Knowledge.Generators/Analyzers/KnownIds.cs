using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Analyzers
{
    /// <summary>
    /// The ids (and, for actors, the names and aliases) each generated lookup class accepts, for checking constant lookups in
    /// C# code. Names are compared as the runtime compares them: letters and digits only, ignoring case.
    /// </summary>
    internal sealed class KnownIds
    {
        private readonly Dictionary<string, LookupClass> _classes;
        private readonly Dictionary<string, List<string>> _actorsByName = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        public KnownIds(KnowledgeBaseSpec spec)
        {
            _classes = LookupClass.All(spec).ToDictionary(c => c.ClassName, StringComparer.Ordinal);
            foreach (var actor in spec.Actors)
            {
                foreach (var name in actor.Aliases.Concat(new[] { actor.Name }))
                {
                    var key = NormaliseName(name);
                    if (key.Length == 0) continue;
                    if (!_actorsByName.TryGetValue(key, out var ids)) _actorsByName[key] = ids = new List<string>();
                    if (!ids.Contains(actor.Id.Id)) ids.Add(actor.Id.Id);
                }
            }
        }

        /// <summary>The generated class that looks up facts of a type (Actor → Actors), or null.</summary>
        public string? ClassOf(string factType) => _classes.Values.FirstOrDefault(c => c.TypeName == factType)?.ClassName;

        /// <summary>
        /// Null when <paramref name="value"/> finds exactly one fact; otherwise the diagnostic to report and its message arguments:
        /// KB0701 when it names nothing, KB0702 when it is a name or alias several actors share (the run time finds neither).
        /// </summary>
        public (DiagnosticDescriptor Descriptor, object[] Arguments)? Check(string className, string value)
        {
            if (!_classes.TryGetValue(className, out var lookup) || lookup.Ids.Contains(value)) return null;
            var isActors = className == GeneratedNames.Actors;
            if (isActors && _actorsByName.TryGetValue(NormaliseName(value), out var named))
            {
                if (named.Count == 1) return null;
                return (DiagnosticDescriptors.AmbiguousLookup, new object[] { value, string.Join(", ", named.OrderBy(id => id, StringComparer.Ordinal).Select(id => $"'{id}'")) });
            }
            var closest = Names.Closest(value, lookup.Ids);
            if (closest == null && isActors)
            {
                var name = Names.Closest(NormaliseName(value), _actorsByName.Keys);
                if (name != null) closest = _actorsByName[name][0];
            }
            return (DiagnosticDescriptors.UnknownLookup, new object[] { value, isActors ? ", name or alias" : "", lookup.Noun, Names.Suggestion(closest) });
        }

        private static string NormaliseName(string name) => FactTableFormat.NormaliseName(name);
    }
}
