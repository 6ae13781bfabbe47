using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Analyzers
{
    /// <summary>
    /// The ids (and, for actors, the names and aliases) each generated lookup class accepts, for checking constant lookups in
    /// C# code: read from this project's knowledge, or, in a project that only references a knowledge library, from the
    /// <c>KnowledgeIds</c> attribute the generator put on the library's classes. Names are compared as the runtime compares them.
    /// </summary>
    internal sealed class KnownIds
    {
        private const string IdsAttribute = "Curata.Knowledge.KnowledgeIdsAttribute";

        // Each class's lookup, made when first asked for: code names few classes, and at each keystroke in an editor this is
        // made again for the base just checked, which can hold hundreds of thousands of ids.
        private readonly Dictionary<string, Lazy<Lookup>> _classes;
        private readonly Dictionary<string, string> _classesByType;

        /// <summary>What one generated class accepts.</summary>
        internal sealed class Lookup
        {
            public Lookup(string className, IEnumerable<string> ids, IEnumerable<(string Name, string Id)> names)
            {
                ClassName = className;
                Ids = new HashSet<string>(ids, StringComparer.Ordinal);
                foreach (var (name, id) in names)
                {
                    if (name.Length == 0) continue;
                    if (!Names.TryGetValue(name, out var owners)) Names[name] = owners = new List<string>();
                    if (!owners.Contains(id)) owners.Add(id);
                }
            }

            public string ClassName { get; }
            public HashSet<string> Ids { get; }

            /// <summary>Normalised names and aliases, each with the ids of the facts that have it (actors only).</summary>
            public Dictionary<string, List<string>> Names { get; } = new Dictionary<string, List<string>>(StringComparer.Ordinal);

            /// <summary>How messages name one of its facts: "Actors" → "actor", "ParticipantRoles" → "participant role".</summary>
            public string Noun => Declarations.Vocabularies.Describe(ClassName);
        }

        private KnownIds(IEnumerable<(string ClassName, Func<Lookup> Make)> lookups, IEnumerable<(string Type, string Class)> types)
        {
            _classes = lookups.ToDictionary(l => l.ClassName, l => new Lazy<Lookup>(l.Make, LazyThreadSafetyMode.ExecutionAndPublication), StringComparer.Ordinal);
            _classesByType = types.GroupBy(t => t.Type, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Class, StringComparer.Ordinal);
        }

        /// <summary>What this project's own knowledge accepts.</summary>
        public static KnownIds FromSpec(KnowledgeBaseSpec spec)
        {
            var classes = LookupClass.All(spec).ToList();
            var names = spec.Actors.SelectMany(a => a.Aliases.Concat(new[] { a.Name }).Select(n => (FactTableFormat.NormaliseName(n), a.Id.Id)));
            return new KnownIds(
                classes.Select(c => (c.ClassName, (Func<Lookup>)(() => new Lookup(c.ClassName, c.Ids, c.ClassName == GeneratedNames.Actors ? names : Enumerable.Empty<(string, string)>())))),
                classes.Select(c => (c.TypeName, c.ClassName)));
        }

        /// <summary>
        /// What the knowledge libraries this compilation references accept: the generated classes that carry the ids, found in
        /// the assemblies that reference the runtime library. A class name two libraries both generate is left unchecked.
        /// </summary>
        public static KnownIds FromReferences(Compilation compilation)
        {
            var lookups = new List<Lookup>();
            foreach (var reference in compilation.References)
            {
                if (compilation.GetAssemblyOrModuleSymbol(reference) is not IAssemblySymbol assembly
                    || !assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "Curata.Knowledge"))) continue;
                foreach (var type in Types(assembly.GlobalNamespace))
                {
                    if (FromAttribute(type) is Lookup lookup) lookups.Add(lookup);
                }
            }
            var unique = lookups.GroupBy(l => l.ClassName, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
            return new KnownIds(unique.Select(l => (l.ClassName, (Func<Lookup>)(() => l))), unique.Select(l => (TypeOfClass(l.ClassName), l.ClassName)));
        }

        private static readonly ConcurrentDictionary<ISymbol, Lookup?> Attributes = new ConcurrentDictionary<ISymbol, Lookup?>(SymbolEqualityComparer.Default);

        /// <summary>The ids a generated class from a referenced library carries, or null when it carries none.</summary>
        public static Lookup? FromAttribute(INamedTypeSymbol type) => Attributes.GetOrAdd(type, _ =>
        {
            var attribute = type.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == IdsAttribute);
            if (attribute == null || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string ids || attribute.ConstructorArguments[1].Value is not string names) return null;
            return new Lookup(type.Name, Lines(ids), Lines(names).Select(l => l.Split('\t')).Where(p => p.Length == 2).Select(p => (p[0], p[1])));
        });

        /// <summary>The lookup of a generated class by name, or null.</summary>
        public Lookup? Class(string className) => _classes.TryGetValue(className, out var lookup) ? lookup.Value : null;

        /// <summary>The generated class that looks up facts of a type (Actor → Actors), or null.</summary>
        public string? ClassOf(string factType) => _classesByType.TryGetValue(factType, out var className) ? className : null;

        /// <summary>
        /// Null when <paramref name="value"/> finds exactly one fact; otherwise the diagnostic to report and its message arguments:
        /// KB0701 when it names nothing, KB0702 when it is a name or alias several actors share (the run time finds neither).
        /// </summary>
        public static (DiagnosticDescriptor Descriptor, object[] Arguments)? Check(Lookup lookup, string value)
        {
            if (lookup.Ids.Contains(value)) return null;
            var byName = lookup.Names.Count > 0;
            if (byName && lookup.Names.TryGetValue(FactTableFormat.NormaliseName(value), out var named))
            {
                if (named.Count == 1) return null;
                return (DiagnosticDescriptors.AmbiguousLookup, new object[] { value, string.Join(", ", named.OrderBy(id => id, StringComparer.Ordinal).Select(id => $"'{id}'")) });
            }
            var closest = Parsing.Names.Closest(value, lookup.Ids);
            if (closest == null && byName)
            {
                var name = Parsing.Names.Closest(FactTableFormat.NormaliseName(value), lookup.Names.Keys);
                if (name != null) closest = lookup.Names[name][0];
            }
            return (DiagnosticDescriptors.UnknownLookup, new object[] { value, byName ? ", name or alias" : "", lookup.Noun, Parsing.Names.Suggestion(closest) });
        }

        // "Actors" → "Actor", "Places" → "Place": the runtime type a standard class returns (declared kinds are found by class).
        private static string TypeOfClass(string className) => className.EndsWith("s", StringComparison.Ordinal) ? className.Substring(0, className.Length - 1) : className;

        private static IEnumerable<string> Lines(string text) => text.Length == 0 ? Enumerable.Empty<string>() : text.Split('\n');

        private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
        {
            foreach (var type in ns.GetTypeMembers()) yield return type;
            foreach (var child in ns.GetNamespaceMembers())
            {
                foreach (var type in Types(child)) yield return type;
            }
        }
    }
}
