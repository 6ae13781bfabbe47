using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The facts that survived identity and reference checks, indexed by id, handed to the rules that judge their content
    /// (time, logic, declared values, provenance, hygiene). Rules only add diagnostics; they never drop facts.
    /// </summary>
    internal sealed class CheckedFacts
    {
        public CheckedFacts(List<SourceSpec> sources, List<ActorSpec> actors, List<StatementSpec> statements, List<EventSpec> events,
            List<RelationSpec> relations, List<DeclaredFactSpec> declaredFacts, List<PredicateSpec> predicates, DeclaredModel declared,
            IReadOnlyDictionary<string, string> sourceTexts, List<DiagnosticInfo> diagnostics, RepeatedProblems repeats, CancellationToken cancellationToken)
        {
            Repeats = repeats;
            Sources = sources;
            Actors = actors;
            Statements = statements;
            Events = events;
            Relations = relations;
            DeclaredFacts = declaredFacts;
            Predicates = predicates;
            Declared = declared;
            SourceTexts = sourceTexts;
            Diagnostics = diagnostics;
            CancellationToken = cancellationToken;
            SourcesById = sources.ToDictionary(s => s.Id.Id, StringComparer.Ordinal);
            ActorsById = actors.ToDictionary(a => a.Id.Id, StringComparer.Ordinal);
            EventsById = events.ToDictionary(e => e.Id.Id, StringComparer.Ordinal);
            PredicatesById = predicates.ToDictionary(p => p.Id.Id, StringComparer.Ordinal);
        }

        public List<SourceSpec> Sources { get; }
        public List<ActorSpec> Actors { get; }
        public List<StatementSpec> Statements { get; }
        public List<EventSpec> Events { get; }
        public List<RelationSpec> Relations { get; }

        /// <summary>The facts of kinds declared as data (places and a knowledge base's own kinds).</summary>
        public List<DeclaredFactSpec> DeclaredFacts { get; }

        public List<PredicateSpec> Predicates { get; }
        public DeclaredModel Declared { get; }
        public Dictionary<string, SourceSpec> SourcesById { get; }
        public Dictionary<string, ActorSpec> ActorsById { get; }
        public Dictionary<string, EventSpec> EventsById { get; }
        public Dictionary<string, PredicateSpec> PredicatesById { get; }

        /// <summary>Every fact, of every kind.</summary>
        public IEnumerable<FactSpec> All =>
            Sources.Cast<FactSpec>().Concat(Actors).Concat(Statements).Concat(Events).Concat(Relations).Concat(DeclaredFacts);

        /// <summary>Every value of a declared reference property, with the fact that holds it and the property.</summary>
        public IEnumerable<(FactSpec Fact, PropertySpec Property, ValueSpec Value)> DeclaredReferences =>
            from fact in All
            from value in fact.Values
            let property = Declared.Property(fact.Kind, value.Property)
            where property != null && property.Type == Datatype.Reference
            from item in value.Values
            select (fact, property, item);

        /// <summary>Plain-text files of sources (<c>textFile</c>), by full path.</summary>
        public IReadOnlyDictionary<string, string> SourceTexts { get; }

        public List<DiagnosticInfo> Diagnostics { get; }

        /// <summary>Where a rule reports a problem that may repeat without bound, so it is listed a bounded number of times.</summary>
        public RepeatedProblems Repeats { get; }

        public CancellationToken CancellationToken { get; }

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo also, params string[] arguments) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, also, arguments));
    }
}
