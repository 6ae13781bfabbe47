using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Export
{
    /// <summary>
    /// What every exporter needs to know about a checked knowledge base beyond its facts: the properties declared for each kind
    /// (those no built-in reader reads, so they live in <see cref="FactSpec.Values"/>), the declared kinds, and the parents of
    /// vocabulary terms. Built once per export.
    /// </summary>
    internal sealed class KnowledgeModel
    {
        private readonly Dictionary<string, IReadOnlyList<PropertySpec>> _declaredProperties;
        private readonly Dictionary<(string Vocabulary, string Id), string?> _termParents;

        public KnowledgeModel(KnowledgeBaseSpec spec)
        {
            Spec = spec;
            _declaredProperties = spec.Properties.Where(p => !p.IsBuiltIn && p.Type != Datatype.Object)
                .GroupBy(p => p.Kind.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<PropertySpec>)g.ToList(), StringComparer.Ordinal);
            _termParents = new Dictionary<(string, string), string?>();
            foreach (var term in spec.Terms) _termParents[(term.Vocabulary, term.Id.Id)] = term.Parent?.Id;
            DeclaredKinds = spec.Kinds.Where(k => !StandardKinds.HasOwnReader(k.Id.Id)).ToList();
            FactsByKind = spec.DeclaredFacts.GroupBy(f => f.DeclaredKind, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<DeclaredFactSpec>)g.ToList(), StringComparer.Ordinal);
        }

        public KnowledgeBaseSpec Spec { get; }

        /// <summary>Kinds whose facts are read as data (places, and every kind the knowledge base declares).</summary>
        public IReadOnlyList<KindSpec> DeclaredKinds { get; }

        /// <summary>The facts of each declared kind (places included), in id order.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<DeclaredFactSpec>> FactsByKind { get; }

        /// <summary>The properties of <paramref name="kind"/> whose values are typed from declarations, in declaration order.</summary>
        public IReadOnlyList<PropertySpec> DeclaredProperties(string kind) =>
            _declaredProperties.TryGetValue(kind, out var properties) ? properties : Array.Empty<PropertySpec>();

        public IReadOnlyList<DeclaredFactSpec> FactsOf(string kind) =>
            FactsByKind.TryGetValue(kind, out var facts) ? facts : Array.Empty<DeclaredFactSpec>();

        /// <summary>The term and its ancestors in a simple vocabulary (actor, source, role or place kinds), nearest first.</summary>
        public IEnumerable<string> TermAndAncestors(string vocabulary, string id)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (string? current = id; current != null && seen.Add(current); _termParents.TryGetValue((vocabulary, current), out current))
                yield return current;
        }

        /// <summary>All facts, of every kind, in the order the tables list them.</summary>
        public IEnumerable<FactSpec> AllFacts() =>
            Spec.Sources.Cast<FactSpec>().Concat(Spec.Actors).Concat(Spec.Statements).Concat(Spec.Events).Concat(Spec.Relations)
                .Concat(Spec.DeclaredFacts);

        public int FactCount => Spec.Sources.Count + Spec.Actors.Count + Spec.Statements.Count + Spec.Events.Count + Spec.Relations.Count
            + Spec.DeclaredFacts.Count;
    }

    /// <summary>Spellings shared by the exporters.</summary>
    internal static class ExportText
    {
        /// <summary><c>issuedThrough</c> and <c>mission-phase</c> become <c>issued_through</c> and <c>mission_phase</c>.</summary>
        public static string SnakeCase(string name)
        {
            var text = new StringBuilder(name.Length + 4);
            foreach (var c in name)
            {
                if (char.IsUpper(c))
                {
                    if (text.Length > 0) text.Append('_');
                    text.Append(char.ToLowerInvariant(c));
                }
                else text.Append(c == '-' ? '_' : c);
            }
            return text.ToString();
        }

        /// <summary>
        /// The JSON spelling of a value the reader keeps as a C# enum member's name (a statement's mode, a fatality share's
        /// category): <c>Quotation</c> becomes <c>quotation</c>, as the knowledge file wrote it.
        /// </summary>
        public static string EnumValue(string memberName) => SnakeCase(memberName).Replace('_', '-');

        /// <summary><c>mission-phase</c> becomes <c>MissionPhase</c>.</summary>
        public static string PascalCase(string id) =>
            string.Concat(id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));

        /// <summary>A span as text: the date for a single date, <c>from..to</c> with either end empty when open.</summary>
        public static string Span(SpanSpec span) => span.ToString();

        public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

        public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
