using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Options;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// Which facts get a typed member (<c>Statements.LindCalm</c>). A class gets one for every fact, or, when the option or the
    /// budget says no, one for each fact the project's own code names (<see cref="NamedMembers"/>): each member costs the
    /// compiler about half a millisecond, so the members a large base compiles follow what the code uses. Every fact stays
    /// reachable through <c>All</c>, <c>Get</c> and <c>TryGet</c>.
    /// </summary>
    internal static class TypedMemberPolicy
    {
        /// <summary>A class of facts that can get typed members, its size, and whether people usually name its facts in code.</summary>
        private readonly struct FactClass
        {
            public FactClass(string name, int count, bool namedOften) => (Name, Count, NamedOften) = (name, count, namedOften);

            public string Name { get; }

            public int Count { get; }

            public bool NamedOften { get; }
        }

        /// <summary>Whether every fact of <paramref name="className"/> gets a typed member; when not, only those the code names do.</summary>
        public static bool InFull(KnowledgeBaseSpec spec, TypedMembers mode, string className) => TypedInFull(spec, mode).Contains(className);

        /// <summary>The classes whose every fact gets a typed member, decided together since they share one budget.</summary>
        public static IReadOnlyCollection<string> ClassesTypedInFull(KnowledgeBaseSpec spec, TypedMembers mode) => TypedInFull(spec, mode);

        /// <summary>The classes whose typed members follow what the code names: the names the generator looks for in the code.</summary>
        public static EquatableArray<string> ClassesTypedByName(KnowledgeBaseSpec spec, TypedMembers mode)
        {
            var inFull = TypedInFull(spec, mode);
            return Classes(spec).Where(c => !inFull.Contains(c.Name)).Select(c => c.Name).ToEquatableArray();
        }

        // The classes typed in full. `auto` takes the classes people name in code first (sources, actors, declared kinds), then
        // statements, events and relations, and types each in full while it fits in what is left of the budget, so a build
        // spends at most about a second on members the code may never name. No class passes MaxMembersPerClass.
        private static HashSet<string> TypedInFull(KnowledgeBaseSpec spec, TypedMembers mode)
        {
            var inFull = new HashSet<string>();
            var budget = KnowledgeEmitter.TypedMemberBudget;
            foreach (var fact in Classes(spec).OrderBy(c => c.NamedOften ? 0 : 1))
            {
                if (fact.Count > KnowledgeEmitter.MaxMembersPerClass) continue;
                var typed = mode switch
                {
                    TypedMembers.All => true,
                    TypedMembers.Actors => fact.NamedOften,
                    TypedMembers.Named => false,
                    _ => fact.Count <= budget,
                };
                if (!typed) continue;
                inFull.Add(fact.Name);
                budget -= fact.Count;
            }
            return inFull;
        }

        private static IEnumerable<FactClass> Classes(KnowledgeBaseSpec spec)
        {
            yield return new FactClass(GeneratedNames.Sources, spec.Sources.Count, namedOften: true);
            yield return new FactClass(GeneratedNames.Actors, spec.Actors.Count, namedOften: true);
            yield return new FactClass(GeneratedNames.Statements, spec.Statements.Count, namedOften: false);
            yield return new FactClass(GeneratedNames.Events, spec.Events.Count, namedOften: false);
            yield return new FactClass(GeneratedNames.Relations, spec.Relations.Count, namedOften: false);
            var declared = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (var fact in spec.DeclaredFacts) declared[fact.DeclaredKind] = declared.TryGetValue(fact.DeclaredKind, out var count) ? count + 1 : 1;
            foreach (var kind in FactTableWriter.DeclaredKinds(spec))
            {
                yield return new FactClass(GeneratedNames.ClassOf(kind.Plural.Name), declared.TryGetValue(kind.Id.Id, out var facts) ? facts : 0, namedOften: true);
            }
        }
    }
}
