using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;


namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// Cross-checks all files of a knowledge base: the declarations (<see cref="DeclaredModel"/>), declared values
    /// (<see cref="DeclaredValueReader"/>), duplicate ids, C# name collisions, external identifiers and references. Facts whose
    /// required references fail are dropped; optional references that fail are removed. The result lists every fact ordered
    /// by id, so the emitted code does not depend on file names or order. The reference checks are in
    /// <c>KnowledgeBaseChecker.References.cs</c>.
    /// </summary>
    internal sealed partial class KnowledgeBaseChecker
    {
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();
        // Every fact id with the kind and the definition that keeps it; sized in FirstDefinitions, which fills it.
        private Dictionary<string, (string Kind, IdRef First)> _facts = new Dictionary<string, (string, IdRef)>(StringComparer.Ordinal);
        // Whether _facts is the table kept for the next check (IdentityReuse.KeepIdTable), which must not change after.
        private bool _factsKept;
        private readonly Dictionary<string, HashSet<string>> _terms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        private readonly HashSet<string> _rejected = new HashSet<string>(StringComparer.Ordinal);
        // Whether some fact id is defined more than once (FirstDefinitions): only then can a definition not be the first.
        private bool _factIdsDefinedAgain;
        // The ids of facts dropped because a declared value could not be typed, in the order met.
        private readonly List<string> _droppedWhileTyping = new List<string>();
        // Whether this check takes up what the last one left (a whole base's check) or not (a cut of one).
        private bool _takeUpLastCheck;
        private ReferenceReuse? _reuse;
        private IdentityReuse? _identity;
        private RuleReuse? _rules;
        private TypingReuse? _typing;
        private FactsById? _factsById;
        // Per slot (ReferenceReuse's), the facts that came through the reference checks as one run per file: path and count.
        private readonly List<(string Path, int Count)>[] _segments = new List<(string, int)>[ReferenceReuse.Slots];
        // Actors by name and alias, for suggestions: built only when a reference names nothing, as few do.
        private ActorNames? _actorNames;
        private List<ActorSpec> _actors = new List<ActorSpec>();
        private readonly RepeatedProblems _repeats;
        private readonly CancellationToken _cancellationToken;
        // Where suggestions for broken references come from: the facts checked, or the larger base they are a cut of.
        private readonly IFactNames _names;
        private DeclaredModel _declared = null!;

        private KnowledgeBaseChecker(IFactNames? names, CancellationToken cancellationToken)
        {
            _names = names ?? new CheckedNames(this);
            _cancellationToken = cancellationToken;
            _repeats = new RepeatedProblems(_diagnostics);
        }

        // Results by their first file model, for the analyzer, which checks the very same models right after the generator did
        // in a build. Keyed weakly: an entry lives as long as its file model, which lives as long as the file's text.
        private static readonly ConditionalWeakTable<KnowledgeFileSpec, KeptCheck> Results = new ConditionalWeakTable<KnowledgeFileSpec, KeptCheck>();

        /// <summary>
        /// A check as the cache keeps it: what it checked, what it found, and what the next check may take up from it
        /// (<see cref="ReferenceReuse"/>, <see cref="IdentityReuse"/>, <see cref="TypingReuse"/>, <see cref="RuleReuse"/>,
        /// <see cref="FactsById"/>, which hold the last check only weakly: held here, it lives as long as the file models).
        /// </summary>
        private sealed class KeptCheck
        {
            public KeptCheck(KnowledgeFileSpec[] files, SourceTextSpec[] texts, KnowledgeBaseChecker checker, KnowledgeBaseSpec result)
            {
                Files = files;
                Texts = texts;
                Result = result;
                TakenUpNext = new object?[] { checker._reuse, checker._identity, checker._typing, checker._rules, checker._factsById };
            }

            public KnowledgeFileSpec[] Files { get; }

            public SourceTextSpec[] Texts { get; }

            public KnowledgeBaseSpec Result { get; }

            public object?[] TakenUpNext { get; }
        }

        public static KnowledgeBaseSpec Check(ImmutableArray<KnowledgeFileSpec> files, ImmutableArray<SourceTextSpec> sourceTexts, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var orderedFiles = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
            var orderedTexts = sourceTexts.OrderBy(t => t.Path, StringComparer.Ordinal).ToArray();
            if (orderedFiles.Length > 0 && Results.TryGetValue(orderedFiles[0], out var last)
                && Same(last.Files, orderedFiles) && Same(last.Texts, orderedTexts))
            {
                return last.Result;
            }
            var (checker, result) = Compute(orderedFiles, sourceTexts, names: null, takeUpLastCheck: true, cancellationToken);
            if (orderedFiles.Length > 0)
            {
                lock (Results)
                {
                    Results.Remove(orderedFiles[0]);
                    Results.Add(orderedFiles[0], new KeptCheck(orderedFiles, orderedTexts, checker, result));
                }
            }
            return result;
        }

        /// <summary>
        /// Forgets what the last check left for the next (<see cref="ReferenceReuse"/>, <see cref="IdentityReuse"/>,
        /// <see cref="TypingReuse"/>, <see cref="RuleReuse"/>), so that the next check takes up nothing: for tests that compare a
        /// check with one made afresh.
        /// </summary>
        internal static void ForgetLastCheck()
        {
            ReferenceReuse.Forget();
            IdentityReuse.Forget();
            TypingReuse.Forget();
            RuleReuse.Forget();
            LastCheck<FactsById>.Forget();
        }

        // The very same models, or equal ones. Only models that are not the same instance are compared by value: comparing
        // every file's would cost about as much as checking, but a text replaced by an equal one (a save without a change, an
        // undo) is read into a new model, which the generator, finding it equal, never checked, and the analyzer must not
        // check the whole base again for it. Source texts are read anew on every pass, so they are compared by value too.
        private static bool Same<T>(T[] left, T[] right) where T : class, IEquatable<T>
        {
            if (left.Length != right.Length) return false;
            for (var i = 0; i < left.Length; i++)
            {
                if (!ReferenceEquals(left[i], right[i]) && !left[i].Equals(right[i])) return false;
            }
            return true;
        }

        /// <summary>
        /// Checks <paramref name="files"/>, a cut of a larger base (<see cref="EditedFactCheck"/>), suggesting the closest of
        /// <paramref name="names"/> (the whole base's) for a broken reference. Not cached.
        /// </summary>
        public static KnowledgeBaseSpec CheckWithin(ImmutableArray<KnowledgeFileSpec> files, ImmutableArray<SourceTextSpec> sourceTexts, IFactNames names, CancellationToken cancellationToken) =>
            Compute(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(), sourceTexts, names, takeUpLastCheck: false, cancellationToken).Result;

        // A cut of a base (CheckWithin) neither takes up nor offers anything: it is not the base the next check sees.
        private static (KnowledgeBaseChecker Checker, KnowledgeBaseSpec Result) Compute(KnowledgeFileSpec[] files, ImmutableArray<SourceTextSpec> sourceTexts,
            IFactNames? names, bool takeUpLastCheck, CancellationToken cancellationToken)
        {
            var checker = new KnowledgeBaseChecker(names, cancellationToken) { _takeUpLastCheck = takeUpLastCheck };
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var text in sourceTexts) texts[QuoteGrounding.Normalise(text.Path)] = text.Text;
            return (checker, checker.Run(files, texts));
        }

        // The content rules that weigh the whole base, in the order their problems are handed on.
        private static readonly Action<CheckedFacts, List<EventTypeSpec>>[] WholeBaseRules =
        {
            (f, _) => LogicRules.Check(f), (f, _) => DeclaredRules.Check(f), CycleRules.Check, (f, _) => HygieneRules.Check(f),
        };

        private KnowledgeBaseSpec Run(KnowledgeFileSpec[] files, IReadOnlyDictionary<string, string> sourceTexts)
        {
            foreach (var file in files)
            {
                _diagnostics.AddRange(file.Diagnostics);
                foreach (var id in file.RejectedIds) _rejected.Add(id);
            }

            // Declarations first: they say what the other sections and the facts' remaining properties mean.
            var standard = StandardDeclarations.File;
            _declared = DeclaredModel.Check(standard, files, _diagnostics);
            var declaredFacts = BindDeclaredSections(files);

            // Identity: the first definition in file order (path, then position) wins, whatever its kind; later ones are
            // reported and dropped.
            // What each file offers the whole base, and whether two files share a path, for both kinds of reuse.
            var interfaces = _takeUpLastCheck ? files.Select(FileInterface.Of).ToArray() : Array.Empty<FileInterface>();
            var samePathTwice = _takeUpLastCheck && files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count() != files.Length;
            if (_takeUpLastCheck) _identity = IdentityReuse.Begin(files, interfaces, samePathTwice);
            var firsts = FirstDefinitions(files, declaredFacts);
            if (!_factIdsDefinedAgain && _identity != null)
            {
                // Kept as it is, not copied: the next check copies what it takes up, and a fact dropped later in this check
                // copies the table before removing itself (DropWhileTyping).
                _identity.KeepIdTable(_facts);
                _factsKept = true;
            }
            var sources = Unique(files.SelectMany(f => f.Sources));
            var actors = Unique(files.SelectMany(f => f.Actors));
            var statements = Unique(files.SelectMany(f => f.Statements));
            var events = Unique(files.SelectMany(f => f.Events));
            var relations = Unique(files.SelectMany(f => f.Relations));
            var declared = Unique(declaredFacts);
            var eventTypes = UniqueTerms(files.SelectMany(f => f.EventTypes), t => t.Id, Vocabularies.EventTypes, firsts);
            var participantRoles = UniqueTerms(files.SelectMany(f => f.ParticipantRoles), t => t.Id, Vocabularies.ParticipantRoles, firsts);
            var predicates = UniqueTerms(files.SelectMany(f => f.Predicates), t => t.Id, Vocabularies.Predicates, firsts);
            foreach (var vocabulary in Vocabularies.Simple) _terms[vocabulary] = new HashSet<string>(_declared.Terms[vocabulary].Keys, StringComparer.Ordinal);
            _actors = actors;
            if (_identity?.NamesApartAsLastTime(actors) != true)
            {
                var problems = _diagnostics.Count;
                CheckSharedNames(actors);
                if (_diagnostics.Count == problems) _identity?.KeepNamesApart(actors);
            }

            // Declared values and external ids, typed against the declarations; a fact missing a required declared value goes.
            // While no id is defined twice, each list is its files' facts one after another, typed file by file, and a file
            // typed in the last check under the same declarations is taken up (TypingReuse).
            var values = new DeclaredValueReader(_declared, _diagnostics);
            var withIds = new List<FactSpec>();
            if (_takeUpLastCheck && !_factIdsDefinedAgain) _typing = TypingReuse.Begin(interfaces, samePathTwice);
            sources = TypedByFile(ReferenceReuse.Sources, files, f => f.Sources, sources, values, withIds);
            actors = TypedByFile(ReferenceReuse.Actors, files, f => f.Actors, actors, values, withIds);
            statements = TypedByFile(ReferenceReuse.Statements, files, f => f.Statements, statements, values, withIds);
            events = TypedByFile(ReferenceReuse.Events, files, f => f.Events, events, values, withIds);
            relations = TypedByFile(ReferenceReuse.Relations, files, f => f.Relations, relations, values, withIds);
            declared = Typed(declared, values, withIds);
            _typing?.Complete();
            CheckExternalIdClaims(withIds);

            // References. Reports are made once, against what is defined; then required references decide which facts survive.
            var references = new ReferenceResolver(this);
            var terms = _declared.Terms.Values.SelectMany(t => t.Values)
                .Select(t => t with { Parent = references.OptionalTerm(t.Parent, t.Vocabulary, "parent") }).ToList();
            eventTypes = eventTypes.Select(t => t with { Parent = references.OptionalTerm(t.Parent, Vocabularies.EventTypes, "parent") }).ToList();
            predicates = predicates.Select(p => p with
            {
                InverseOf = references.OptionalTerm(p.InverseOf, Vocabularies.Predicates, "inverseOf"),
                ConflictsWith = references.ManyTerms(p.ConflictsWith, Vocabularies.Predicates, "conflictsWith"),
                SubjectKinds = references.ManyTerms(p.SubjectKinds, Vocabularies.ActorKinds, "subjectKinds"),
                ObjectKinds = references.ManyTerms(p.ObjectKinds, Vocabularies.ActorKinds, "objectKinds"),
            }).ToList();
            references.HandOn();
            // The facts' references: a file whose model and context are as in the last check gets that check's results.
            if (_takeUpLastCheck) _reuse = ReferenceReuse.Begin(files, interfaces, samePathTwice, _droppedWhileTyping, _factIdsDefinedAgain);
            sources = CheckEach(ReferenceReuse.Sources, sources, (s, r) => Declared(CheckReferences(s, r), r));
            actors = CheckEach(ReferenceReuse.Actors, actors, (a, r) => Declared(CheckReferences(a, r), r));
            statements = CheckEach(ReferenceReuse.Statements, statements, (s, r) => r.Required(s.Speaker, StandardKinds.Actor, "speaker") ? Declared(CheckReferences(s, r), r) : null);
            events = CheckEach(ReferenceReuse.Events, events, (e, r) => r.RequiredTerm(e.Type, Vocabularies.EventTypes, "type") ? Declared(CheckReferences(e, r), r) : null);
            relations = CheckEach(ReferenceReuse.Relations, relations, (relation, r) =>
                r.Required(relation.Subject, StandardKinds.Actor, "subject")
                & r.RequiredTerm(relation.Predicate, Vocabularies.Predicates, "predicate")
                & r.Required(relation.Object, StandardKinds.Actor, "object")
                    ? Declared(WithSources(relation, r.Citations(relation.Sources)), r) : null);
            declared = CheckEach(ReferenceReuse.Declared, declared, (d, r) => Declared(WithSources(d, r.Citations(d.Sources)), r));
            _reuse?.Complete();

            // Facts dropped above may be named by others: remove those links so the emitted graph is closed. When every fact
            // that went into the reference checks came out (a clean base), no link names a dropped fact.
            if (sources.Count + actors.Count + statements.Count + events.Count + relations.Count + declared.Count != _facts.Count)
            {
                var kept = new HashSet<string>(
                    sources.Select(s => s.Id.Id).Concat(actors.Select(a => a.Id.Id)).Concat(statements.Select(s => s.Id.Id))
                        .Concat(events.Select(e => e.Id.Id)).Concat(relations.Select(r => r.Id.Id)).Concat(declared.Select(d => d.Id.Id)), StringComparer.Ordinal);
                EquatableArray<IdRef> Keep(EquatableArray<IdRef> ids) => ids.Filtered(i => kept.Contains(i.Id));
                IdRef? KeepOne(IdRef? id) => id != null && kept.Contains(id.Id) ? id : null;
                T KeepValues<T>(T fact) where T : FactSpec =>
                    fact.Values.Count == 0 || KeepReferences(fact, kept) is var values && values.IsSameArray(fact.Values) ? fact : fact with { Values = values };
                statements = statements.Select(s => KeepValues(Keep(s.About) is var about && about.IsSameArray(s.About) ? s : s with { About = about })).ToList();
                events = events.Select(e => KeepValues(Keep(e.Causes) is var causes && KeepOne(e.PartOf) is var partOf
                    && causes.IsSameArray(e.Causes) && ReferenceEquals(partOf, e.PartOf) ? e : e with { Causes = causes, PartOf = partOf })).ToList();
                sources = sources.Select(KeepValues).ToList();
                actors = actors.Select(KeepValues).ToList();
                relations = relations.Select(KeepValues).ToList();
                declared = declared.Select(KeepValues).ToList();
            }

            // Content rules see only facts that survived, so each problem is reported once, at its cause. A file's verdicts and a
            // whole-base rule's problems that still hold are taken from the last check (RuleReuse).
            _factsById = FactsById.Of(sources, actors, events, predicates, _takeUpLastCheck);
            var facts = new CheckedFacts(sources, actors, statements, events, relations, declared, predicates, _factsById, _declared, sourceTexts, _cancellationToken);
            var lists = new IReadOnlyList<FactSpec>[] { sources, actors, statements, events, relations, declared }; // ReferenceReuse's slots
            if (_takeUpLastCheck && !samePathTwice) _rules = RuleReuse.Begin(files, sourceTexts, _reuse!.TookUpLast, lists, _segments, WholeBaseRules.Length);
            ContentRules.Run(facts, lists, _segments, _rules,
                WholeBaseRules.Select(rule => (Action<CheckedFacts>)(f => rule(f, eventTypes))).ToList(), _diagnostics, _repeats);
            _rules?.Complete();

            _repeats.Flush();

            // Sorted by id once: the output's order, and the order in which C# name collisions are settled. Each class is
            // sorted and named on its own, side by side; every list it reports into is sorted at the end.
            EquatableArray<SourceSpec> sortedSources = default;
            EquatableArray<ActorSpec> sortedActors = default;
            EquatableArray<StatementSpec> sortedStatements = default;
            EquatableArray<EventSpec> sortedEvents = default;
            EquatableArray<RelationSpec> sortedRelations = default;
            var withoutMember = new List<string>();
            var classes = new Action<(List<DiagnosticInfo>, List<string>)>[]
            {
                reports => sortedSources = SortedAndNamed(sources, GeneratedNames.Sources, reports),
                reports => sortedActors = SortedAndNamed(actors, GeneratedNames.Actors, reports),
                reports => sortedStatements = SortedAndNamed(statements, GeneratedNames.Statements, reports),
                reports => sortedEvents = SortedAndNamed(events, GeneratedNames.Events, reports),
                reports => sortedRelations = SortedAndNamed(relations, GeneratedNames.Relations, reports),
            };
            var named = classes.Select(_ => (Diagnostics: new List<DiagnosticInfo>(), WithoutMember: new List<string>())).ToArray();
            EveryCore.For(classes.Length, i => classes[i](named[i]), _cancellationToken);
            foreach (var (problems, without) in named)
            {
                _diagnostics.AddRange(problems);
                withoutMember.AddRange(without);
            }
            var mine = (_diagnostics, withoutMember);
            foreach (var kind in declared.GroupBy(d => d.DeclaredKind))
                SortedAndNamed(kind.ToList(), GeneratedNames.ClassOf(_declared.Kinds[kind.Key].Plural.Name), mine);
            CheckTermNames(eventTypes.Select(t => t.Id), Vocabularies.EventTypes, mine);
            CheckTermNames(participantRoles.Select(t => t.Id), Vocabularies.ParticipantRoles, mine);
            CheckTermNames(predicates.Select(t => t.Id), Vocabularies.Predicates, mine);
            foreach (var vocabulary in Vocabularies.Simple) CheckTermNames(terms.Where(t => t.Vocabulary == vocabulary).Select(t => t.Id), vocabulary, mine);

            _identity?.Complete();
            return new KnowledgeBaseSpec(
                sortedSources, sortedActors, sortedStatements, sortedEvents, sortedRelations,
                eventTypes.OrderBy(t => t.Id.Id, StringComparer.Ordinal).ToEquatableArray(),
                participantRoles.OrderBy(t => t.Id.Id, StringComparer.Ordinal).ToEquatableArray(),
                predicates.OrderBy(t => t.Id.Id, StringComparer.Ordinal).ToEquatableArray(),
                terms.OrderBy(t => t.Vocabulary, StringComparer.Ordinal).ThenBy(t => t.Id.Id, StringComparer.Ordinal).ToEquatableArray(),
                _declared.Kinds.Values.OrderBy(k => k.Id.Id, StringComparer.Ordinal).ToEquatableArray(),
                _declared.Properties.Values.SelectMany(p => p.Values).Where(p => !p.IsBuiltIn)
                    .OrderBy(p => p.Kind.Name, StringComparer.Ordinal).ThenBy(p => p.Id.Name, StringComparer.Ordinal).ToEquatableArray(),
                _declared.Schemes.Values.Select(s => s.Scheme).OrderBy(s => s.Id.Id, StringComparer.Ordinal).ToEquatableArray(),
                declared.OrderBy(d => d.DeclaredKind, StringComparer.Ordinal).ThenBy(d => d.Id.Id, StringComparer.Ordinal).ToEquatableArray(),
                withoutMember.OrderBy(id => id, StringComparer.Ordinal).ToEquatableArray(),
                SortedDiagnostics(_diagnostics));
        }

        /// <summary>
        /// Malformed JSON first, wherever it is (it is the root cause of whatever else is missing), then by file and position.
        /// </summary>
        public static EquatableArray<DiagnosticInfo> SortedDiagnostics(IEnumerable<DiagnosticInfo> diagnostics) =>
            diagnostics.OrderBy(d => d.Id == DiagnosticDescriptors.MalformedJson.Id ? 0 : 1)
                .ThenBy(d => d.Location?.Path, StringComparer.Ordinal).ThenBy(d => d.Location?.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToEquatableArray();

        // Each root section no built-in kind reads holds the facts of the kind declared with that plural, or is a mistake.
        private List<DeclaredFactSpec> BindDeclaredSections(KnowledgeFileSpec[] files)
        {
            var facts = new List<DeclaredFactSpec>();
            foreach (var section in files.SelectMany(f => f.OtherSections))
            {
                if (!_declared.KindsByPlural.TryGetValue(section.Name.Name, out var kind))
                {
                    var candidates = KnowledgeFileReader.RootSections.Concat(_declared.KindsByPlural.Keys);
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownProperty, section.Name.Location, "a knowledge file", section.Name.Name,
                        Names.Suggestion(Names.Closest(section.Name.Name, candidates))));
                    foreach (var fact in section.Facts) _rejected.Add(fact.Id.Id);
                    continue;
                }
                if (!section.IsArray)
                {
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongValueType, section.Name.Location, section.Name.Name,
                        $"an array of {Names.ToKebabCase(kind.Id.Id).Replace('-', ' ')} objects", "something else"));
                    continue;
                }
                facts.AddRange(section.Facts.Select(f => f with { DeclaredKind = kind.Id.Id }));
            }
            return facts;
        }

        // The list's facts typed: with TypingReuse, file by file (the list is each file's facts in turn), taking up the files
        // typed last time; else the list at once.
        private List<T> TypedByFile<T>(int slot, KnowledgeFileSpec[] files, Func<KnowledgeFileSpec, EquatableArray<T>> ofFile, List<T> facts,
            DeclaredValueReader values, List<FactSpec> withIds) where T : FactSpec, IEquatable<T>
        {
            if (_typing == null) return Typed(facts, values, withIds);
            var result = new List<T>(facts.Count);
            foreach (var file in files)
            {
                var own = ofFile(file);
                if (own.Count == 0) continue;
                if (_typing.Reusable(file, slot) is { } kept)
                {
                    _diagnostics.AddRange(kept.Problems);
                    foreach (var id in kept.Dropped) DropWhileTyping(id);
                    result.AddRange((T[])kept.Facts); // kept as this list's own type (below): copied whole
                    withIds.AddRange(kept.WithIds);
                    continue;
                }
                var (problems, dropped, firstWithIds) = (_diagnostics.Count, _droppedWhileTyping.Count, withIds.Count);
                var typed = Typed(own, values, withIds);
                _typing.Keep(file, slot, new TypingReuse.FileTyping(typed.ToArray(), withIds.Skip(firstWithIds).ToArray(),
                    _diagnostics.Skip(problems).ToArray(), _droppedWhileTyping.Skip(dropped).ToArray()));
                result.AddRange(typed);
            }
            return result;
        }

        private List<T> Typed<T>(IReadOnlyList<T> facts, DeclaredValueReader values, List<FactSpec> withIds) where T : FactSpec
        {
            var result = new List<T>(facts.Count);
            foreach (var fact in facts)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var typed = values.Read(fact, Describe);
                var ids = values.ExternalIds(fact.Ids);
                if (typed == null)
                {
                    DropWhileTyping(fact.Id.Id);
                    continue;
                }
                // Most facts have neither declared values nor external ids: keep the record rather than copy it.
                var kept = fact.Extra.Count == 0 && fact.Ids.Count == 0 ? fact
                    : fact with { Values = typed.Value, Extra = EquatableArray<RawProperty>.Empty, Ids = ids };
                result.Add(kept);
                if (kept.Ids.Count > 0) withIds.Add(kept);
            }
            return result;
        }

        private void DropWhileTyping(string id)
        {
            _droppedWhileTyping.Add(id);
            _rejected.Add(id);
            if (_factsKept)
            {
                _facts = new Dictionary<string, (string Kind, IdRef First)>(_facts, StringComparer.Ordinal);
                _factsKept = false;
            }
            _facts.Remove(id);
        }

        // A name or alias that two actors share (as the run time compares names) finds neither of them: each actor after the first
        // (in id order) that has it is warned about, pointing at the first.
        private void CheckSharedNames(List<ActorSpec> actors)
        {
            var firstByName = new Dictionary<string, ActorSpec>(actors.Count, StringComparer.Ordinal);
            var reported = new List<string>();
            foreach (var actor in actors.OrderBy(a => a.Id.Id, StringComparer.Ordinal))
            {
                reported.Clear();
                for (var i = -1; i < actor.Aliases.Count; i++)
                {
                    var name = i < 0 ? actor.Name : actor.Aliases[i];
                    var key = FactTableFormat.NormaliseName(name);
                    if (key.Length == 0) continue;
                    if (!firstByName.TryGetValue(key, out var first))
                    {
                        firstByName[key] = actor;
                    }
                    else if (first != actor && !reported.Contains(key))
                    {
                        reported.Add(key);
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousName, actor.Id.Location, first.Id.Location,
                            name, actor.Id.Id, first.Id.Id, first.Id.Location.ToString()));
                    }
                }
            }
        }

        private static string Describe(FactSpec fact) => $"{Names.ToKebabCase(fact.Kind).Replace('-', ' ')} '{fact.Id.Id}'";

        // Two facts claiming one identifier of one scheme: the second (in id order) is reported.
        // Over the facts with external identifiers, in id order whatever order they came in.
        private void CheckExternalIdClaims(List<FactSpec> facts)
        {
            var claims = new Dictionary<(string, string), ExternalIdSpec>();
            var owners = new Dictionary<(string, string), string>();
            foreach (var fact in facts.OrderBy(f => f.Id.Id, StringComparer.Ordinal))
            {
                foreach (var id in fact.Ids)
                {
                    var key = (id.Scheme.Name, id.Value);
                    if (claims.TryGetValue(key, out var first))
                    {
                        _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateExternalId, id.ValueLocation, first.ValueLocation,
                            id.Scheme.Name, id.Value, owners[key], first.ValueLocation.ToString()));
                        continue;
                    }
                    claims[key] = id;
                    owners[key] = fact.Id.Id;
                }
            }
        }

        // For each id space (facts share one; each vocabulary has its own), the definition that comes first in the files: an
        // earlier file's, or in one file the one written first. The facts' first definitions are the ids the checks know.
        private Dictionary<string, Dictionary<string, IdRef>> FirstDefinitions(KnowledgeFileSpec[] files, List<DeclaredFactSpec> declared)
        {
            void Fact(FactSpec fact)
            {
                var defined = _facts.TryGetValue(fact.Id.Id, out var first);
                if (defined) _factIdsDefinedAgain = true;
                if (!defined || Earlier(fact.Id, first.First)) _facts[fact.Id.Id] = (fact.Kind, fact.Id);
            }
            var terms = new Dictionary<string, Dictionary<string, IdRef>>(StringComparer.Ordinal);
            void Terms<T>(EquatableArray<T> specs, Func<T, IdRef> id, string vocabulary) where T : IEquatable<T>
            {
                if (!terms.TryGetValue(vocabulary, out var firsts)) terms[vocabulary] = firsts = new Dictionary<string, IdRef>(StringComparer.Ordinal);
                foreach (var spec in specs)
                {
                    var key = id(spec);
                    if (!firsts.TryGetValue(key.Id, out var first) || Earlier(key, first)) firsts[key.Id] = key;
                }
            }
            // The last check's table, when every file defines what it did then: only the edited files' definitions (their
            // locations may have moved) are written in again, over the very ids they had.
            void Patch(FactSpec fact) => _facts[fact.Id.Id] = (fact.Kind, fact.Id);
            var lastTable = _identity?.IdTable();
            var declaredByFile = declared.ToLookup(d => d.Id.Location.Path, StringComparer.Ordinal);
            _facts = lastTable ?? new Dictionary<string, (string, IdRef)>(declared.Count + files.Sum(f => f.Sources.Count + f.Actors.Count + f.Statements.Count + f.Events.Count + f.Relations.Count),
                StringComparer.Ordinal);
            for (var i = 0; i < files.Length; i++)
            {
                var file = files[i];
                Action<FactSpec>? define = lastTable == null ? Fact : _identity!.Edited(i) ? Patch : null;
                if (define != null)
                {
                    foreach (var fact in file.Sources) define(fact);
                    foreach (var fact in file.Actors) define(fact);
                    foreach (var fact in file.Statements) define(fact);
                    foreach (var fact in file.Events) define(fact);
                    foreach (var fact in file.Relations) define(fact);
                    foreach (var fact in declaredByFile[file.Path]) define(fact);
                }
                Terms(file.EventTypes, t => t.Id, Vocabularies.EventTypes);
                Terms(file.ParticipantRoles, t => t.Id, Vocabularies.ParticipantRoles);
                Terms(file.Predicates, t => t.Id, Vocabularies.Predicates);
            }
            return terms;
        }

        // Files come in order, so only a definition in the same file can come before one already found.
        private static bool Earlier(IdRef candidate, IdRef first) =>
            candidate.Location.Path == first.Location.Path && candidate.Location.Start < first.Location.Start;

        private List<T> Unique<T>(IEnumerable<T> specs) where T : FactSpec
        {
            // Nearly always: no id is defined twice, so every definition is the first.
            if (!_factIdsDefinedAgain) return specs.ToList();
            var result = new List<T>();
            foreach (var spec in specs)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (IsFirst(spec.Id, _facts[spec.Id.Id].First)) result.Add(spec);
            }
            return result;
        }

        private List<T> UniqueTerms<T>(IEnumerable<T> specs, Func<T, IdRef> id, string vocabulary, Dictionary<string, Dictionary<string, IdRef>> firsts)
        {
            var result = new List<T>();
            var ids = _terms[vocabulary] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var spec in specs)
            {
                if (!IsFirst(id(spec), firsts[vocabulary][id(spec).Id])) continue;
                ids.Add(id(spec).Id);
                result.Add(spec);
            }
            return result;
        }

        private bool IsFirst(IdRef key, IdRef first)
        {
            if (ReferenceEquals(first, key) || first.Equals(key)) return true;
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, key.Location, first.Location, key.Id, first.Location.ToString()));
            return false;
        }

        // One class's facts sorted by id, and its members' names checked. Names depend on the ids alone, so when the ids are
        // the very ones sorted last time, and their names were all free then, the last order serves and the names are free.
        private EquatableArray<T> SortedAndNamed<T>(List<T> facts, string className, (List<DiagnosticInfo> Diagnostics, List<string> WithoutMember) reports)
            where T : FactSpec, IEquatable<T>
        {
            if (_identity?.SortedAsLastTime(className, facts) is { } again) return new EquatableArray<T>(again);
            var sortedIds = new string[facts.Count];
            var listIndex = new int[facts.Count];
            for (var i = 0; i < sortedIds.Length; i++)
            {
                sortedIds[i] = facts[i].Id.Id;
                listIndex[i] = i;
            }
            // Ids are unique by now, so an unstable sort gives one order.
            Array.Sort(sortedIds, listIndex, StringComparer.Ordinal);
            var sorted = new T[facts.Count];
            var ids = new IdRef[sorted.Length];
            for (var k = 0; k < sorted.Length; k++)
            {
                sorted[k] = facts[listIndex[k]];
                ids[k] = sorted[k].Id;
            }
            var problems = reports.Diagnostics.Count;
            CheckNames(ids, className, reports);
            _identity?.KeepOrder(className, sortedIds, listIndex, namesFree: reports.Diagnostics.Count == problems);
            return new EquatableArray<T>(sorted);
        }

        private static void CheckTermNames(IEnumerable<IdRef> ids, string vocabulary, (List<DiagnosticInfo>, List<string>) reports) =>
            CheckNames(ids.OrderBy(i => i.Id, StringComparer.Ordinal).ToArray(), Vocabularies.ClassName(vocabulary), reports);

        // An id whose member would collide in its generated class loses the member there, and only there. The ids come in
        // ordinal order, so the first of colliding ids keeps its member.
        private static void CheckNames(IdRef[] ids, string className, (List<DiagnosticInfo> Diagnostics, List<string> WithoutMember) reports)
        {
            var taken = new Dictionary<string, IdRef>(ids.Length, StringComparer.Ordinal);
            foreach (var key in ids)
            {
                var name = key.MemberName;
                if (name == className || GeneratedNames.ReservedMembers.Contains(name))
                {
                    reports.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedName, key.Location, key.Id, name, className));
                    reports.WithoutMember.Add(MemberKey(className, key.Id));
                }
                else if (taken.TryGetValue(name, out var first))
                {
                    reports.Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CSharpNameCollision, key.Location, first.Location, key.Id, name, first.Id, first.Location.ToString()));
                    reports.WithoutMember.Add(MemberKey(className, key.Id));
                }
                else
                {
                    taken.Add(name, key);
                }
            }
        }

        /// <summary>How <see cref="KnowledgeBaseSpec.IdsWithoutMember"/> names an id in one generated class.</summary>
        public static string MemberKey(string className, string id) => className + ":" + id;
    }
}
