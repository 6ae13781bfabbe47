using System;
using System.Collections.Concurrent;
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
            List<RelationSpec> relations, List<DeclaredFactSpec> declaredFacts, List<PredicateSpec> predicates, FactsById byId, DeclaredModel declared,
            IReadOnlyDictionary<string, string> sourceTexts, CancellationToken cancellationToken)
        {
            Sources = sources;
            Actors = actors;
            Statements = statements;
            Events = events;
            Relations = relations;
            DeclaredFacts = declaredFacts;
            Predicates = predicates;
            Declared = declared;
            SourceTexts = sourceTexts;
            CancellationToken = cancellationToken;
            SourcesById = byId.Sources;
            ActorsById = byId.Actors;
            EventsById = byId.Events;
            PredicatesById = byId.Predicates;
            _preparedTexts = new ConcurrentDictionary<string, QuoteGrounding.PreparedText?>(StringComparer.Ordinal);
        }

        // The same facts and indexes, reporting to a rule's own reports.
        private CheckedFacts(CheckedFacts facts, RuleReports reports)
        {
            Sources = facts.Sources;
            Actors = facts.Actors;
            Statements = facts.Statements;
            Events = facts.Events;
            Relations = facts.Relations;
            DeclaredFacts = facts.DeclaredFacts;
            Predicates = facts.Predicates;
            Declared = facts.Declared;
            SourceTexts = facts.SourceTexts;
            CancellationToken = facts.CancellationToken;
            SourcesById = facts.SourcesById;
            ActorsById = facts.ActorsById;
            EventsById = facts.EventsById;
            PredicatesById = facts.PredicatesById;
            _preparedTexts = facts._preparedTexts;
            _reports = reports;
        }

        /// <summary>
        /// Runs <paramref name="rules"/> side by side, on every core, each reporting to reports of its own, then hands their
        /// problems on in the order the rules are listed: the same problems, in the same order, as running them one after another.
        /// A problem reported again at the same place in the same words (a source's missing text, found by every quotation
        /// citing it) is handed on once. Rules only read the facts. Returns what each rule reported, in order.
        /// </summary>
        public RuleProblem[][] Run(IReadOnlyList<Action<CheckedFacts>> rules, List<DiagnosticInfo> diagnostics, RepeatedProblems repeats)
        {
            var reports = new RuleReports[rules.Count];
            EveryCore.For(rules.Count, i => rules[i](new CheckedFacts(this, reports[i] = new RuleReports())), CancellationToken);
            var handedOn = new HashSet<DiagnosticInfo>();
            var result = new RuleProblem[rules.Count][];
            for (var i = 0; i < reports.Length; i++)
            {
                result[i] = reports[i].ToArray();
                foreach (var (diagnostic, subject) in result[i])
                {
                    if (!handedOn.Add(diagnostic)) continue;
                    if (subject == null) diagnostics.Add(diagnostic);
                    else repeats.Report(diagnostic, subject);
                }
            }
            return result;
        }

        /// <summary>Reports again what a rule reported in an earlier check, in the same order.</summary>
        public void Replay(RuleProblem[] reports)
        {
            foreach (var (diagnostic, subject) in reports) Reports.Add(diagnostic, subject);
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
        public IEnumerable<(FactSpec Fact, PropertySpec Property, ValueSpec Value)> DeclaredReferences
        {
            get
            {
                // Loops, not a query: most facts hold no declared value, and a query would make enumerators for every one.
                foreach (var fact in All)
                {
                    foreach (var value in fact.Values)
                    {
                        var property = Declared.Property(fact.Kind, value.Property);
                        if (property == null || property.Type != Datatype.Reference) continue;
                        foreach (var item in value.Values) yield return (fact, property, item);
                    }
                }
            }
        }

        /// <summary>Plain-text files of sources (<c>textFile</c>), by full path.</summary>
        public IReadOnlyDictionary<string, string> SourceTexts { get; }

        // Where a rule's problems go: only the instances Run hands its rules have one.
        private readonly RuleReports? _reports;

        private RuleReports Reports => _reports ?? throw new InvalidOperationException("Rules report through CheckedFacts.Run, which hands their problems on.");

        public CancellationToken CancellationToken { get; }

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            Reports.Add(DiagnosticInfo.Create(descriptor, location, arguments), subject: null);

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo also, params string[] arguments) =>
            Reports.Add(DiagnosticInfo.Create(descriptor, location, also, arguments), subject: null);

        /// <summary>
        /// Reports a problem that may repeat without bound: it is listed a bounded number of times (<see cref="RepeatedProblems"/>),
        /// counted by its id and <paramref name="subject"/>.
        /// </summary>
        public void ReportRepeatable(DiagnosticInfo diagnostic, string subject) => Reports.Add(diagnostic, subject);

        /// <summary>The text of a source's <c>textFile</c>, split and folded once however many quotations cite it; null when missing.</summary>
        public QuoteGrounding.PreparedText? PreparedText(string path) =>
            _preparedTexts.GetOrAdd(path, p => SourceTexts.TryGetValue(p, out var text) ? new QuoteGrounding.PreparedText(text) : null);

        private readonly ConcurrentDictionary<string, QuoteGrounding.PreparedText?> _preparedTexts;

        /// <summary>A problem a rule reported, with what it is counted by when it may repeat without bound (else null).</summary>
        internal readonly struct RuleProblem
        {
            public RuleProblem(DiagnosticInfo diagnostic, string? subject)
            {
                Diagnostic = diagnostic;
                Subject = subject;
            }

            public DiagnosticInfo Diagnostic { get; }

            public string? Subject { get; }

            public void Deconstruct(out DiagnosticInfo diagnostic, out string? subject)
            {
                diagnostic = Diagnostic;
                subject = Subject;
            }
        }

        /// <summary>A rule's problems in the order it reported them.</summary>
        private sealed class RuleReports
        {
            private readonly List<RuleProblem> _reports = new List<RuleProblem>();

            public void Add(DiagnosticInfo diagnostic, string? subject) => _reports.Add(new RuleProblem(diagnostic, subject));

            public RuleProblem[] ToArray() => _reports.Count == 0 ? Array.Empty<RuleProblem>() : _reports.ToArray();
        }
    }
}
