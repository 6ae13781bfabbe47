using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators.Checks
{
    // The reference checks: each fact's references and terms against what the base defines, in pieces on every core, with the
    // closest id offered for what names nothing, and the results of unchanged files taken up from the last check (ReferenceReuse).
    internal sealed partial class KnowledgeBaseChecker
    {
        // Each fact's references checked by `check` (null when the fact goes), in pieces on every core: the checks only read
        // what is defined, and each piece's reports are handed on in order, so the problems are those of one pass in order.
        // A file's facts whose last results still hold (ReferenceReuse) are one piece, taken from the last check.
        private List<T> CheckEach<T>(int slot, List<T> facts, Func<T, ReferenceResolver, T?> check) where T : FactSpec
        {
            var results = new T?[facts.Count];
            var pieces = new List<(int Start, int End, string Path, KnowledgeFileSpec? File, ReferenceReuse.FileChecks? Reused)>();
            for (var start = 0; start < facts.Count;)
            {
                // The list is in file order: each file's facts are one run.
                var path = facts[start].Id.Location.Path;
                var end = start + 1;
                while (end < facts.Count && facts[end].Id.Location.Path == path) end++;
                var file = _reuse?.FileAt(path);
                if (file != null && _reuse!.Reusable(file, slot, end - start) is { } reused) pieces.Add((start, end, path, file, reused));
                else for (var at = start; at < end; at += EveryCore.PieceSize) pieces.Add((at, Math.Min(end, at + EveryCore.PieceSize), path, file, null));
                start = end;
            }
            var reports = new ReferenceReport[pieces.Count][];
            EveryCore.For(pieces.Count, i =>
            {
                var (start, end, _, _, reused) = pieces[i];
                if (reused != null)
                {
                    // Kept as this list's own type (below): copied whole, with no check of each item's type.
                    Array.Copy((T?[])reused.Results, 0, results, start, end - start);
                    reports[i] = reused.Reports;
                    return;
                }
                var resolver = new ReferenceResolver(this);
                for (var at = start; at < end; at++) results[at] = check(facts[at], resolver);
                reports[i] = resolver.Reports;
            }, _cancellationToken);
            foreach (var report in reports) ReferenceResolver.HandOn(this, report);

            // Each file's results (one piece or several in a row), kept for the next check.
            for (var i = 0; i < pieces.Count && _reuse != null;)
            {
                var (start, _, _, file, _) = pieces[i];
                var fileReports = new List<ReferenceReport>();
                var end = start;
                for (; i < pieces.Count && ReferenceEquals(pieces[i].File, file); i++)
                {
                    fileReports.AddRange(reports[i]);
                    end = pieces[i].End;
                }
                if (file == null) continue;
                var fileResults = new T?[end - start];
                Array.Copy(results, start, fileResults, 0, fileResults.Length);
                _reuse.Keep(file, slot, new ReferenceReuse.FileChecks(fileResults, fileReports.ToArray()));
            }

            // What survived, and how many of each file's (its run of the list), for the content rules: moved to the front of the
            // results through a span (a store into an array of a type parameter is otherwise checked item by item), then
            // copied whole into the list.
            var survivors = results.AsSpan();
            var count = 0;
            var segments = new List<(string Path, int Count)>();
            foreach (var (start, end, path, _, _) in pieces)
            {
                var before = count;
                for (var at = start; at < end; at++)
                {
                    if (survivors[at] is { } result) survivors[count++] = result;
                }
                var last = segments.Count - 1;
                if (last >= 0 && segments[last].Path == path) segments[last] = (path, segments[last].Count + count - before);
                else segments.Add((path, count - before));
            }
            _segments[slot] = segments;
            var kept = new List<T>(count);
            kept.AddRange(new ArraySegment<T>(results!, 0, count));
            return kept;
        }

        // Checks a fact's declared references and terms: an optional value that names nothing goes, a required one takes the fact.
        private T? Declared<T>(T fact, ReferenceResolver references) where T : FactSpec
        {
            if (fact.Values.Count == 0) return fact;
            var values = new List<PropertyValueSpec>();
            foreach (var value in fact.Values)
            {
                var property = _declared.Property(fact.Kind, value.Property)!;
                if (property.Type != Datatype.Reference && property.Type != Datatype.Term)
                {
                    values.Add(value);
                    continue;
                }
                var valid = value.Values.Filtered(v => property.Type == Datatype.Reference
                    ? references.Check(new IdRef(v.Text!, v.Location), property.Target!.Name, property.Id.Name)
                    : references.CheckTerm(new IdRef(v.Text!, v.Location), property.Target!.Name, property.Id.Name));
                if (valid.Count == 0 && property.Required) return null;
                if (valid.Count > 0) values.Add(valid.IsSameArray(value.Values) ? value : value with { Values = valid });
            }
            return values.Count == fact.Values.Count && values.Select((v, i) => ReferenceEquals(v, fact.Values[i])).All(same => same)
                ? fact : fact with { Values = values.ToEquatableArray() };
        }

        // The fact's values without references to facts that were dropped (the same array when it names none).
        private EquatableArray<PropertyValueSpec> KeepReferences(FactSpec fact, HashSet<string> kept) =>
            fact.Values.Revised(value =>
            {
                if (_declared.Property(fact.Kind, value.Property)!.Type != Datatype.Reference) return (true, value);
                var remaining = value.Values.Filtered(v => kept.Contains(v.Text!));
                return (remaining.Count > 0, remaining.IsSameArray(value.Values) ? value : value with { Values = remaining });
            });

        // Each kind's references and terms checked, in the order they are written; a fact whose references are all valid, as
        // nearly every one is, comes back as itself: the checked base shares its records with the files' models, not copies.
        private static SourceSpec CheckReferences(SourceSpec s, ReferenceResolver references)
        {
            var kind = references.OptionalTerm(s.SourceKind, Vocabularies.SourceKinds, "kind");
            return ReferenceEquals(kind, s.SourceKind) ? s : s with { SourceKind = kind };
        }

        private static ActorSpec CheckReferences(ActorSpec a, ReferenceResolver references)
        {
            var kind = references.OptionalTerm(a.ActorKind, Vocabularies.ActorKinds, "kind");
            var roles = a.Roles.Revised(references, static (references, r) =>
            {
                if (!references.RequiredTerm(r.RoleKind, Vocabularies.RoleKinds, "kind")) return (false, r);
                var of = references.Optional(r.Of, StandardKinds.Actor, "of");
                var sources = references.Citations(r.Sources);
                return (true, ReferenceEquals(of, r.Of) && sources.IsSameArray(r.Sources) ? r : r with { Of = of, Sources = sources });
            });
            var citations = references.Citations(a.Sources);
            return ReferenceEquals(kind, a.ActorKind) && roles.IsSameArray(a.Roles) && citations.IsSameArray(a.Sources)
                ? a : a with { ActorKind = kind, Roles = roles, Sources = citations };
        }

        private static StatementSpec CheckReferences(StatementSpec s, ReferenceResolver references)
        {
            var issuedThrough = references.Optional(s.IssuedThrough, StandardKinds.Actor, "issuedThrough");
            var about = references.Many(s.About, StandardKinds.AnyFact, "about");
            var citations = references.Citations(s.Sources);
            return ReferenceEquals(issuedThrough, s.IssuedThrough) && about.IsSameArray(s.About) && citations.IsSameArray(s.Sources)
                ? s : s with { IssuedThrough = issuedThrough, About = about, Sources = citations };
        }

        private static EventSpec CheckReferences(EventSpec e, ReferenceResolver references)
        {
            var participants = e.Participants
                .Filtered(references, static (references, p) => references.Check(p.Actor, StandardKinds.Actor, "actor") & references.CheckTerm(p.Role, Vocabularies.ParticipantRoles, "role"));
            var fatalities = e.Fatalities.Revised(references, static (references, f) =>
            {
                var victims = references.Many(f.VictimActors, StandardKinds.Actor, "victimActors");
                var breakdown = f.Breakdown.Revised(references, static (references, share) =>
                {
                    var actor = references.Optional(share.Actor, StandardKinds.Actor, "actor");
                    return (true, ReferenceEquals(actor, share.Actor) ? share : share with { Actor = actor });
                });
                var sources = references.Citations(f.Sources);
                return (true, victims.IsSameArray(f.VictimActors) && breakdown.IsSameArray(f.Breakdown) && sources.IsSameArray(f.Sources)
                    ? f : f with { VictimActors = victims, Breakdown = breakdown, Sources = sources });
            });
            var causes = references.Many(e.Causes, StandardKinds.Event, "causes");
            var partOf = references.Optional(e.PartOf, StandardKinds.Event, "partOf");
            var citations = references.Citations(e.Sources);
            return participants.IsSameArray(e.Participants) && fatalities.IsSameArray(e.Fatalities) && causes.IsSameArray(e.Causes)
                && ReferenceEquals(partOf, e.PartOf) && citations.IsSameArray(e.Sources)
                ? e : e with { Participants = participants, Fatalities = fatalities, Causes = causes, PartOf = partOf, Sources = citations };
        }

        private static T WithSources<T>(T fact, EquatableArray<CitationSpec> citations) where T : FactSpec =>
            citations.IsSameArray(fact.Sources) ? fact : fact with { Sources = citations };

        /// <summary>The names of the facts this check defines (all of them, before any is dropped for its references).</summary>
        private sealed class CheckedNames : IFactNames
        {
            private readonly KnowledgeBaseChecker _checker;

            public CheckedNames(KnowledgeBaseChecker checker) => _checker = checker;

            public IEnumerable<string> Ids(string kind) =>
                _checker._facts.Where(f => kind == StandardKinds.AnyFact || f.Value.Kind == kind).Select(f => f.Key);

            public IEnumerable<string> AliasKeys => Names.ByKey.Keys;

            public string ActorOf(string aliasKey) => Names.ByKey[aliasKey];

            private ActorNames Names
            {
                get
                {
                    if (_checker._actorNames == null)
                    {
                        _checker._actorNames = new ActorNames();
                        foreach (var actor in _checker._actors) _checker._actorNames.Add(actor);
                    }
                    return _checker._actorNames;
                }
            }
        }

        // Finding the closest id scans every id; past this many distinct unknown ids (a broken import, say) the rest are
        // reported without a suggestion, so a build stays linear in the size of the knowledge base.
        private const int MaxSuggestions = 200;

        private readonly Dictionary<(string, string), string?> _suggestions = new Dictionary<(string, string), string?>();

        // The closest id to an unknown one in its space (a fact kind, or a vocabulary), worked out once per id and space.
        private string? Suggest(string id, string space, bool isTerm)
        {
            if (!_suggestions.TryGetValue((id, space), out var suggestion))
            {
                suggestion = _suggestions.Count >= MaxSuggestions ? null : isTerm ? Names.Closest(id, _terms[space]) : ClosestFact(id, space);
                _suggestions[(id, space)] = suggestion;
            }
            return suggestion;
        }

        private string? ClosestFact(string id, string kind)
        {
            var closest = Names.Closest(id, _names.Ids(kind));
            if (closest == null && (kind == StandardKinds.Actor || kind == StandardKinds.AnyFact))
            {
                var alias = Names.Closest(id, _names.AliasKeys);
                if (alias != null) closest = _names.ActorOf(alias);
            }
            return closest;
        }

        /// <summary>
        /// Checks references against what is defined, reporting each failure once, with the closest match. A resolver only reads
        /// what is defined; its reports wait, in order, until <see cref="HandOn"/> adds them and works out their suggestions
        /// (remembered for the whole check). Facts can therefore be checked by several resolvers side by side, and their
        /// problems come out as one resolver's would.
        /// </summary>
        private sealed class ReferenceResolver
        {
            private readonly KnowledgeBaseChecker _checker;
            private readonly List<ReferenceReport> _reports = new List<ReferenceReport>();

            public ReferenceResolver(KnowledgeBaseChecker checker) => _checker = checker;

            public bool Required(IdRef reference, string kind, string property) => Check(reference, kind, property);

            public IdRef? Optional(IdRef? reference, string kind, string property) =>
                reference != null && Check(reference, kind, property) ? reference : null;

            public EquatableArray<IdRef> Many(EquatableArray<IdRef> references, string kind, string property) =>
                references.Filtered((resolver: this, kind, property), static (s, r) => s.resolver.Check(r, s.kind, s.property));

            public bool RequiredTerm(IdRef reference, string vocabulary, string property) => CheckTerm(reference, vocabulary, property);

            public IdRef? OptionalTerm(IdRef? reference, string vocabulary, string property) =>
                reference != null && CheckTerm(reference, vocabulary, property) ? reference : null;

            public EquatableArray<IdRef> ManyTerms(EquatableArray<IdRef> references, string vocabulary, string property) =>
                references.Filtered((resolver: this, vocabulary, property), static (s, r) => s.resolver.CheckTerm(r, s.vocabulary, s.property));

            public EquatableArray<CitationSpec> Citations(EquatableArray<CitationSpec> citations) =>
                citations.Filtered(this, static (resolver, c) => resolver.Check(c.Source, StandardKinds.Source, "source"));

            /// <summary>A reference to a fact of <paramref name="kind"/> (or of any kind, <see cref="StandardKinds.AnyFact"/>).</summary>
            public bool Check(IdRef reference, string kind, string property)
            {
                _checker._cancellationToken.ThrowIfCancellationRequested();
                if (_checker._facts.TryGetValue(reference.Id, out var found))
                {
                    if (kind == StandardKinds.AnyFact || found.Kind == kind) return true;
                    _reports.Add(new ReferenceReport(DiagnosticInfo.Create(DiagnosticDescriptors.WrongReferenceKind, reference.Location,
                        property, Article(Noun(kind)), reference.Id, Article(Noun(found.Kind))), null, null, false));
                    return false;
                }
                // A fact that was defined but invalid has been reported already; do not report every use of it too.
                if (_checker._rejected.Contains(reference.Id)) return false;
                _reports.Add(new ReferenceReport(null, reference, kind, false));
                return false;
            }

            /// <summary>A reference to a term of <paramref name="vocabulary"/>.</summary>
            public bool CheckTerm(IdRef reference, string vocabulary, string property)
            {
                _checker._cancellationToken.ThrowIfCancellationRequested();
                if (_checker._terms[vocabulary].Contains(reference.Id)) return true;
                if (_checker._rejected.Contains(reference.Id)) return false;
                _reports.Add(new ReferenceReport(null, reference, vocabulary, true));
                return false;
            }

            /// <summary>The problems found so far, in the order found.</summary>
            public ReferenceReport[] Reports => _reports.ToArray();

            /// <summary>Adds the reports to the check's, in the order they were made.</summary>
            public void HandOn()
            {
                HandOn(_checker, _reports);
                _reports.Clear();
            }

            /// <summary>Adds <paramref name="reports"/> to <paramref name="checker"/>'s problems, working out the suggestions.</summary>
            public static void HandOn(KnowledgeBaseChecker checker, IReadOnlyList<ReferenceReport> reports)
            {
                foreach (var report in reports)
                {
                    if (report.Found != null)
                    {
                        checker._diagnostics.Add(report.Found);
                        continue;
                    }
                    var (unknown, space) = (report.Unknown!, report.Space!);
                    var suggestion = Names.Suggestion(checker.Suggest(unknown.Id, space, report.IsTerm));
                    checker._repeats.Report(report.IsTerm
                        ? DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, unknown.Location, Vocabularies.Describe(space), unknown.Id, suggestion)
                        : space == StandardKinds.Source
                            ? DiagnosticInfo.Create(DiagnosticDescriptors.UnknownSource, unknown.Location, unknown.Id, suggestion)
                            : DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, unknown.Location, Noun(space), unknown.Id, suggestion),
                        $"'{unknown.Id}'");
                }
            }

            private static string Noun(string kind) => kind == StandardKinds.AnyFact ? "fact" : Names.ToKebabCase(kind).Replace('-', ' ');

            private static string Article(string noun) => ("aeiou".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;
        }
    }
}
