using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators
{
    /// <summary>
    /// A generated class with <c>Get</c>: its name, the C# type it returns, the ids it accepts and how messages name one of
    /// them. The emitter writes these classes and the analyzer checks lookups against the same list.
    /// </summary>
    internal sealed class LookupClass
    {
        private readonly IEnumerable<string> _ids;
        private HashSet<string>? _idSet;

        private LookupClass(string className, string typeName, string noun, IEnumerable<string> ids)
        {
            ClassName = className;
            TypeName = typeName;
            Noun = noun;
            _ids = ids;
        }

        public string ClassName { get; }
        public string TypeName { get; }
        public string Noun { get; }

        /// <summary>The ids, gathered when first asked for: looking one class up does not gather every class's.</summary>
        public HashSet<string> Ids => _idSet ??= new HashSet<string>(_ids, StringComparer.Ordinal);

        public static IEnumerable<LookupClass> All(KnowledgeBaseSpec spec)
        {
            yield return new LookupClass(GeneratedNames.Sources, "Source", "source", spec.Sources.Select(f => f.Id.Id));
            yield return new LookupClass(GeneratedNames.Actors, "Actor", "actor", spec.Actors.Select(f => f.Id.Id));
            yield return new LookupClass(GeneratedNames.Statements, "Statement", "statement", spec.Statements.Select(f => f.Id.Id));
            yield return new LookupClass(GeneratedNames.Events, "Event", "event", spec.Events.Select(f => f.Id.Id));
            yield return new LookupClass(GeneratedNames.Relations, "Relation", "relation", spec.Relations.Select(f => f.Id.Id));
            var declared = spec.DeclaredFacts.ToLookup(f => f.DeclaredKind, StringComparer.Ordinal);
            foreach (var kind in spec.Kinds.Where(k => !StandardKinds.HasOwnReader(k.Id.Id)))
            {
                var type = GeneratedNames.RuntimeTypes.TryGetValue(kind.Id.Id, out var runtime) ? runtime : GeneratedNames.TypeOf(kind.Id.Id, kind.Plural.Name);
                yield return new LookupClass(GeneratedNames.ClassOf(kind.Plural.Name), type, Names.ToKebabCase(kind.Id.Id).Replace('-', ' '), declared[kind.Id.Id].Select(f => f.Id.Id));
            }
            var terms = spec.Terms.ToLookup(t => t.Vocabulary, StringComparer.Ordinal);
            yield return new LookupClass(Vocabularies.ClassName(Vocabularies.EventTypes), "EventType", "event type", spec.EventTypes.Select(t => t.Id.Id));
            yield return new LookupClass(Vocabularies.ClassName(Vocabularies.ParticipantRoles), "ParticipantRole", "participant role", spec.ParticipantRoles.Select(t => t.Id.Id));
            yield return new LookupClass(Vocabularies.ClassName(Vocabularies.Predicates), "Predicate", "predicate", spec.Predicates.Select(t => t.Id.Id));
            foreach (var vocabulary in Vocabularies.Simple)
                yield return new LookupClass(Vocabularies.ClassName(vocabulary), Vocabularies.TermType(vocabulary), Vocabularies.Describe(vocabulary), terms[vocabulary].Select(t => t.Id.Id));
        }
    }
}
