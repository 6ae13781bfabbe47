using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// Cross-checks all files of a knowledge base: duplicate ids, C# name collisions, and references. Facts whose required
    /// references fail are dropped (and so, in turn, are facts that require them); optional references that fail are removed.
    /// The result lists every fact ordered by id, so the emitted code does not depend on file names or order.
    /// </summary>
    internal sealed class KnowledgeBaseChecker
    {
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();
        private readonly Dictionary<string, (SpecKind Kind, LocationInfo Location)> _facts = new Dictionary<string, (SpecKind, LocationInfo)>(StringComparer.Ordinal);
        private readonly Dictionary<SpecKind, Dictionary<string, LocationInfo>> _terms = new Dictionary<SpecKind, Dictionary<string, LocationInfo>>();
        private readonly HashSet<string> _rejected = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _actorAliases = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly CancellationToken _cancellationToken;

        private KnowledgeBaseChecker(CancellationToken cancellationToken)
        {
            _cancellationToken = cancellationToken;
            foreach (var kind in new[] { SpecKind.EventType, SpecKind.ParticipantRole, SpecKind.Predicate })
                _terms[kind] = new Dictionary<string, LocationInfo>(StringComparer.Ordinal);
        }

        // Results by their first file model, for the analyzer, which checks the very same models right after the generator did
        // in a build. Keyed weakly: an entry lives as long as its file model, which lives as long as the file's text.
        private static readonly ConditionalWeakTable<KnowledgeFileSpec, Tuple<KnowledgeFileSpec[], SourceTextSpec[], KnowledgeBaseSpec>> Results =
            new ConditionalWeakTable<KnowledgeFileSpec, Tuple<KnowledgeFileSpec[], SourceTextSpec[], KnowledgeBaseSpec>>();

        public static KnowledgeBaseSpec Check(ImmutableArray<KnowledgeFileSpec> files, ImmutableArray<SourceTextSpec> sourceTexts, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var orderedFiles = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
            var orderedTexts = sourceTexts.OrderBy(t => t.Path, StringComparer.Ordinal).ToArray();
            if (orderedFiles.Length > 0 && Results.TryGetValue(orderedFiles[0], out var last)
                && SameInstances(last.Item1, orderedFiles) && SameInstances(last.Item2, orderedTexts))
            {
                return last.Item3;
            }
            var result = Compute(orderedFiles, sourceTexts, cancellationToken);
            if (orderedFiles.Length > 0)
            {
                lock (Results)
                {
                    Results.Remove(orderedFiles[0]);
                    Results.Add(orderedFiles[0], Tuple.Create(orderedFiles, orderedTexts, result));
                }
            }
            return result;
        }

        // Reference equality: equal values would be as good, but comparing models by value costs about as much as checking.
        private static bool SameInstances<T>(T[] left, T[] right) where T : class
        {
            if (left.Length != right.Length) return false;
            for (var i = 0; i < left.Length; i++)
            {
                if (!ReferenceEquals(left[i], right[i])) return false;
            }
            return true;
        }

        private static KnowledgeBaseSpec Compute(KnowledgeFileSpec[] files, ImmutableArray<SourceTextSpec> sourceTexts, CancellationToken cancellationToken)
        {
            var checker = new KnowledgeBaseChecker(cancellationToken);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var text in sourceTexts) texts[QuoteGrounding.Normalise(text.Path)] = text.Text;
            return checker.Run(files, texts);
        }

        private KnowledgeBaseSpec Run(KnowledgeFileSpec[] files, IReadOnlyDictionary<string, string> sourceTexts)
        {
            foreach (var file in files)
            {
                _diagnostics.AddRange(file.Diagnostics);
                foreach (var id in file.RejectedIds) _rejected.Add(id);
            }

            // Identity: the first definition in file order (path, then position) wins, whatever its kind; later ones are
            // reported and dropped.
            var firsts = FirstDefinitions(files);
            var sources = Unique(files.SelectMany(f => f.Sources), s => s.Id, SpecKind.Source, firsts);
            var actors = Unique(files.SelectMany(f => f.Actors), a => a.Id, SpecKind.Actor, firsts);
            var statements = Unique(files.SelectMany(f => f.Statements), s => s.Id, SpecKind.Statement, firsts);
            var events = Unique(files.SelectMany(f => f.Events), e => e.Id, SpecKind.Event, firsts);
            var relations = Unique(files.SelectMany(f => f.Relations), r => r.Id, SpecKind.Relation, firsts);
            var eventTypes = Unique(files.SelectMany(f => f.EventTypes), t => t.Id, SpecKind.EventType, firsts);
            var participantRoles = Unique(files.SelectMany(f => f.ParticipantRoles), t => t.Id, SpecKind.ParticipantRole, firsts);
            var predicates = Unique(files.SelectMany(f => f.Predicates), t => t.Id, SpecKind.Predicate, firsts);
            foreach (var actor in actors)
            {
                foreach (var alias in actor.Aliases.Concat(new[] { actor.Name }))
                {
                    var key = Normalise(alias);
                    if (key.Length > 0 && !_actorAliases.ContainsKey(key)) _actorAliases[key] = actor.Id.Id;
                }
            }

            // References. Reports are made once, against what is defined; then required references decide which facts survive.
            var references = new ReferenceResolver(this);
            eventTypes = eventTypes.Select(t => t with { Parent = references.Optional(t.Parent, SpecKind.EventType, "parent") }).ToList();
            predicates = predicates.Select(p => p with
            {
                InverseOf = references.Optional(p.InverseOf, SpecKind.Predicate, "inverseOf"),
                ConflictsWith = references.Many(p.ConflictsWith, SpecKind.Predicate, "conflictsWith"),
            }).ToList();
            sources = sources.ToList();
            actors = actors.Select(a => a with
            {
                Roles = a.Roles.Select(r => r with { Of = references.Optional(r.Of, SpecKind.Actor, "of"), Sources = references.Citations(r.Sources) }).ToEquatableArray(),
                Sources = references.Citations(a.Sources),
            }).ToList();
            statements = statements.Where(s => references.Required(s.Speaker, SpecKind.Actor, "speaker")).Select(s => s with
            {
                IssuedThrough = references.Optional(s.IssuedThrough, SpecKind.Actor, "issuedThrough"),
                About = references.Many(s.About, SpecKind.AnyFact, "about"),
                Sources = references.Citations(s.Sources),
            }).ToList();
            events = events.Where(e => references.Required(e.Type, SpecKind.EventType, "type")).Select(e => e with
            {
                Participants = e.Participants
                    .Where(p => references.Check(p.Actor, SpecKind.Actor, "actor") & references.Check(p.Role, SpecKind.ParticipantRole, "role"))
                    .ToEquatableArray(),
                Fatalities = e.Fatalities.Select(f => f with
                {
                    VictimActors = references.Many(f.VictimActors, SpecKind.Actor, "victimActors"),
                    Sources = references.Citations(f.Sources),
                }).ToEquatableArray(),
                Causes = references.Many(e.Causes, SpecKind.Event, "causes"),
                PartOf = references.Optional(e.PartOf, SpecKind.Event, "partOf"),
                Sources = references.Citations(e.Sources),
            }).ToList();
            relations = relations.Where(r =>
                    references.Required(r.Subject, SpecKind.Actor, "subject")
                    & references.Required(r.Predicate, SpecKind.Predicate, "predicate")
                    & references.Required(r.Object, SpecKind.Actor, "object"))
                .Select(r => r with { Sources = references.Citations(r.Sources) }).ToList();

            // Facts dropped above may be named by others: remove those links so the emitted graph is closed.
            var kept = new HashSet<string>(
                sources.Select(s => s.Id.Id).Concat(actors.Select(a => a.Id.Id)).Concat(statements.Select(s => s.Id.Id))
                    .Concat(events.Select(e => e.Id.Id)).Concat(relations.Select(r => r.Id.Id)), StringComparer.Ordinal);
            EquatableArray<IdRef> Keep(EquatableArray<IdRef> ids) => ids.Where(i => kept.Contains(i.Id)).ToEquatableArray();
            IdRef? KeepOne(IdRef? id) => id != null && kept.Contains(id.Id) ? id : null;
            statements = statements.Select(s => s with { About = Keep(s.About) }).ToList();
            events = events.Select(e => e with { Causes = Keep(e.Causes), PartOf = KeepOne(e.PartOf) }).ToList();

            // Content rules see only facts that survived, so each problem is reported once, at its cause.
            var facts = new CheckedFacts(sources, actors, statements, events, relations, predicates, sourceTexts, _diagnostics, _cancellationToken);
            TimeRules.Check(facts);
            LogicRules.Check(facts);
            CycleRules.Check(facts, eventTypes);
            ProvenanceRules.Check(facts);
            HygieneRules.Check(facts);

            var withoutMember = new List<string>();
            CheckNames(sources, s => s.Id, GeneratedNames.Sources, withoutMember);
            CheckNames(actors, a => a.Id, GeneratedNames.Actors, withoutMember);
            CheckNames(statements, s => s.Id, GeneratedNames.Statements, withoutMember);
            CheckNames(events, e => e.Id, GeneratedNames.Events, withoutMember);
            CheckNames(relations, r => r.Id, GeneratedNames.Relations, withoutMember);
            CheckNames(eventTypes, t => t.Id, GeneratedNames.EventTypes, withoutMember);
            CheckNames(participantRoles, t => t.Id, GeneratedNames.ParticipantRoles, withoutMember);
            CheckNames(predicates, t => t.Id, GeneratedNames.Predicates, withoutMember);

            return new KnowledgeBaseSpec(
                Sorted(sources, s => s.Id), Sorted(actors, a => a.Id), Sorted(statements, s => s.Id), Sorted(events, e => e.Id),
                Sorted(relations, r => r.Id), Sorted(eventTypes, t => t.Id), Sorted(participantRoles, t => t.Id), Sorted(predicates, t => t.Id),
                withoutMember.OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray(),
                _diagnostics.OrderBy(d => d.Location?.Path, StringComparer.Ordinal).ThenBy(d => d.Location?.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToEquatableArray());
        }

        // For each id space (facts share one; each vocabulary has its own), the definition that comes first in the files.
        private static Dictionary<(bool IsFact, SpecKind Vocabulary, string Id), (IdRef Definition, SpecKind Kind)> FirstDefinitions(KnowledgeFileSpec[] files)
        {
            var firsts = new Dictionary<(bool, SpecKind, string), (IdRef, SpecKind)>();
            foreach (var file in files)
            {
                var definitions = file.Sources.Select(s => (s.Id, SpecKind.Source))
                    .Concat(file.Actors.Select(a => (a.Id, SpecKind.Actor)))
                    .Concat(file.Statements.Select(s => (s.Id, SpecKind.Statement)))
                    .Concat(file.Events.Select(e => (e.Id, SpecKind.Event)))
                    .Concat(file.Relations.Select(r => (r.Id, SpecKind.Relation)))
                    .Concat(file.EventTypes.Select(t => (t.Id, SpecKind.EventType)))
                    .Concat(file.ParticipantRoles.Select(t => (t.Id, SpecKind.ParticipantRole)))
                    .Concat(file.Predicates.Select(t => (t.Id, SpecKind.Predicate)))
                    .OrderBy(d => d.Id.Location.Start);
                foreach (var (id, kind) in definitions)
                {
                    var key = (kind.IsFact(), kind.IsFact() ? SpecKind.AnyFact : kind, id.Id);
                    if (!firsts.ContainsKey(key)) firsts.Add(key, (id, kind));
                }
            }
            return firsts;
        }

        private List<T> Unique<T>(IEnumerable<T> specs, Func<T, IdRef> id, SpecKind kind,
            Dictionary<(bool IsFact, SpecKind Vocabulary, string Id), (IdRef Definition, SpecKind Kind)> firsts)
        {
            var result = new List<T>();
            foreach (var spec in specs)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var key = id(spec);
                var first = firsts[(kind.IsFact(), kind.IsFact() ? SpecKind.AnyFact : kind, key.Id)].Definition;
                if (!ReferenceEquals(first, key) && !first.Equals(key))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, key.Location, first.Location, key.Id, first.Location.ToString()));
                    continue;
                }
                if (kind.IsFact()) _facts[key.Id] = (kind, key.Location);
                else _terms[kind][key.Id] = key.Location;
                result.Add(spec);
            }
            return result;
        }

        private void CheckNames<T>(List<T> specs, Func<T, IdRef> id, string className, List<string> withoutMember)
        {
            var taken = new Dictionary<string, IdRef>(StringComparer.Ordinal);
            foreach (var spec in specs.OrderBy(s => id(s).Id, StringComparer.Ordinal))
            {
                var key = id(spec);
                var name = Names.ToPascalCase(key.Id);
                if (name == className || GeneratedNames.ReservedMembers.Contains(name))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedName, key.Location, key.Id, name, className));
                    withoutMember.Add(key.Id);
                }
                else if (taken.TryGetValue(name, out var first))
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CSharpNameCollision, key.Location, first.Location, key.Id, name, first.Id, first.Location.ToString()));
                    withoutMember.Add(key.Id);
                }
                else
                {
                    taken.Add(name, key);
                }
            }
        }

        private static EquatableArray<T> Sorted<T>(List<T> specs, Func<T, IdRef> id) where T : IEquatable<T> =>
            specs.OrderBy(s => id(s).Id, StringComparer.Ordinal).ToEquatableArray();

        private static string Normalise(string name) =>
            new string(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

        /// <summary>Checks references against what is defined, reporting each failure once, with the closest match.</summary>
        private sealed class ReferenceResolver
        {
            // Finding the closest id scans every id; past this many distinct unknown ids (a broken import, say) the rest are
            // reported without a suggestion, so a build stays linear in the size of the knowledge base.
            private const int MaxSuggestions = 200;

            private readonly KnowledgeBaseChecker _checker;
            private readonly Dictionary<(string, SpecKind), string?> _suggestions = new Dictionary<(string, SpecKind), string?>();

            public ReferenceResolver(KnowledgeBaseChecker checker) => _checker = checker;

            public bool Required(IdRef reference, SpecKind expected, string property) => Check(reference, expected, property);

            public IdRef? Optional(IdRef? reference, SpecKind expected, string property) =>
                reference != null && Check(reference, expected, property) ? reference : null;

            public EquatableArray<IdRef> Many(EquatableArray<IdRef> references, SpecKind expected, string property) =>
                references.Where(r => Check(r, expected, property)).ToEquatableArray();

            public EquatableArray<CitationSpec> Citations(EquatableArray<CitationSpec> citations) =>
                citations.Where(c => Check(c.Source, SpecKind.Source, "source")).ToEquatableArray();

            public bool Check(IdRef reference, SpecKind expected, string property)
            {
                _checker._cancellationToken.ThrowIfCancellationRequested();
                if (expected.IsFact())
                {
                    if (_checker._facts.TryGetValue(reference.Id, out var found))
                    {
                        if (expected == SpecKind.AnyFact || found.Kind == expected) return true;
                        _checker._diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongReferenceKind, reference.Location,
                            property, expected.Describe(), reference.Id, found.Kind.Describe()));
                        return false;
                    }
                }
                else if (_checker._terms[expected].ContainsKey(reference.Id))
                {
                    return true;
                }
                // A fact that was defined but invalid has been reported already; do not report every use of it too.
                if (_checker._rejected.Contains(reference.Id)) return false;
                if (!_suggestions.TryGetValue((reference.Id, expected), out var closest))
                {
                    closest = _suggestions.Count < MaxSuggestions ? Closest(reference.Id, expected) : null;
                    _suggestions[(reference.Id, expected)] = closest;
                }
                var suggestion = Names.Suggestion(closest);
                _checker._diagnostics.Add(expected == SpecKind.Source
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.UnknownSource, reference.Location, reference.Id, suggestion)
                    : DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, reference.Location, expected.Describe(withArticle: false), reference.Id, suggestion));
                return false;
            }

            private string? Closest(string id, SpecKind expected)
            {
                var candidates = expected.IsFact()
                    ? _checker._facts.Where(f => expected == SpecKind.AnyFact || f.Value.Kind == expected).Select(f => f.Key)
                    : _checker._terms[expected].Keys;
                var closest = Names.Closest(id, candidates);
                if (closest == null && (expected == SpecKind.Actor || expected == SpecKind.AnyFact))
                {
                    var alias = Names.Closest(id, _checker._actorAliases.Keys);
                    if (alias != null) closest = _checker._actorAliases[alias];
                }
                return closest;
            }
        }
    }
}
