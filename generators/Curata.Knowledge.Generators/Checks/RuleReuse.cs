using System;
using System.Collections.Generic;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The content rules' problems, kept from one check to the next, so that after an edit the rules judge about what the edit
    /// changed rather than the whole base:
    /// <list type="bullet">
    /// <item>A file's verdicts (<see cref="FactRules"/>, one fact at a time) hold when its facts are the very same instances as
    /// in the last check and no fact anywhere changed in what a verdict reads of the facts it names (<see cref="SameAsNamed"/>).</item>
    /// <item>A whole-base rule's problems (cycles, conflicts, what nothing names) hold when every fact has the same shape as in
    /// the last check: the same id, the same links, property by property (<see cref="SameShape"/>).</item>
    /// </list>
    /// Either way, nothing is taken up when the declarations, the vocabularies or some file's ids changed (the context
    /// <see cref="ReferenceReuse"/> takes up), when the source texts changed, or when a kept problem lies, or points, in a file
    /// whose text changed: its place would be out of date.
    /// </summary>
    internal sealed class RuleReuse
    {
        private readonly Dictionary<string, KnowledgeFileSpec> _models;
        private readonly IReadOnlyDictionary<string, string> _sourceTexts;
        // Per slot (ReferenceReuse's), each file's facts that reached the rules, in list order.
        private readonly Segment[][] _segments;
        private readonly CheckedFacts.RuleProblem[]?[] _wholeBase;
        private readonly HashSet<string> _moved = new HashSet<string>(StringComparer.Ordinal);
        private RuleReuse? _previous;
        private bool _namedSame;
        private bool _shapesSame;

        private RuleReuse(KnowledgeFileSpec[] files, IReadOnlyDictionary<string, string> sourceTexts, IReadOnlyList<FactSpec>[] lists,
            IReadOnlyList<(string Path, int Count)>[] segments, int wholeBaseRules)
        {
            _models = new Dictionary<string, KnowledgeFileSpec>(files.Length, StringComparer.Ordinal);
            foreach (var file in files) _models[file.Path] = file;
            _sourceTexts = sourceTexts;
            _wholeBase = new CheckedFacts.RuleProblem[]?[wholeBaseRules];
            _segments = new Segment[lists.Length][];
            for (var slot = 0; slot < lists.Length; slot++)
            {
                _segments[slot] = new Segment[segments[slot].Count];
                var start = 0;
                for (var i = 0; i < _segments[slot].Length; i++)
                {
                    var (path, count) = segments[slot][i];
                    _segments[slot][i] = new Segment(path, lists[slot], start, count);
                    start += count;
                }
            }
        }

        /// <summary>
        /// Starts the rules of a check over <paramref name="files"/> (in path order, no path twice): <paramref name="lists"/> are
        /// the facts that reached the rules, by slot, each made of <paramref name="segments"/>, one per file in order.
        /// <paramref name="sameContext"/> says whether the reference checks took up the last check (same declarations,
        /// vocabularies, ids and kinds in every file).
        /// </summary>
        public static RuleReuse Begin(KnowledgeFileSpec[] files, IReadOnlyDictionary<string, string> sourceTexts, bool sameContext,
            IReadOnlyList<FactSpec>[] lists, IReadOnlyList<(string Path, int Count)>[] segments, int wholeBaseRules)
        {
            var reuse = new RuleReuse(files, sourceTexts, lists, segments, wholeBaseRules);
            if (sameContext && LastCheck<RuleReuse>.Get() is { } last && last._wholeBase.Length == wholeBaseRules && SameTexts(last._sourceTexts, sourceTexts))
                reuse.Compare(last);
            return reuse;
        }

        /// <summary>The last complete check's, while it lives (for tests).</summary>
        internal static RuleReuse? LastCompleted => LastCheck<RuleReuse>.Get();

        /// <summary>Forgets the last check, so that the next takes up nothing (for tests that compare with a check afresh).</summary>
        internal static void Forget() => LastCheck<RuleReuse>.Forget();

        /// <summary>How many files' verdicts and whole-base rules' problems this check took from the last one (for tests).</summary>
        public int Reused { get; private set; }

        /// <summary>The last check's verdicts on the facts of segment <paramref name="index"/> of <paramref name="slot"/>, when they hold.</summary>
        public CheckedFacts.RuleProblem[]? Verdicts(int slot, int index)
        {
            if (!_namedSame || _segments[slot][index].Before?.Verdicts is not { } verdicts || Touches(verdicts)) return null;
            Reused++;
            return verdicts;
        }

        /// <summary>The last check's problems from whole-base rule <paramref name="rule"/>, when they hold.</summary>
        public CheckedFacts.RuleProblem[]? WholeBase(int rule)
        {
            if (_previous == null || !_shapesSame || _previous._wholeBase[rule] is not { } reports || Touches(reports)) return null;
            Reused++;
            return reports;
        }

        public void KeepVerdicts(int slot, int index, CheckedFacts.RuleProblem[] verdicts) => _segments[slot][index].Verdicts = verdicts;

        public void KeepWholeBase(int rule, CheckedFacts.RuleProblem[] reports) => _wholeBase[rule] = reports;

        /// <summary>Offers this check's problems to the next check.</summary>
        public void Complete()
        {
            _previous = null;
            foreach (var slot in _segments)
            {
                foreach (var segment in slot) segment.Before = null;
            }
            LastCheck<RuleReuse>.Set(this);
        }

        private void Compare(RuleReuse last)
        {
            _previous = last;
            foreach (var pair in _models)
            {
                if (!last._models.TryGetValue(pair.Key, out var model) || !ReferenceEquals(model, pair.Value)) _moved.Add(pair.Key);
            }
            foreach (var path in last._models.Keys)
            {
                if (!_models.ContainsKey(path)) _moved.Add(path);
            }
            _namedSame = _shapesSame = true;
            for (var slot = 0; slot < _segments.Length; slot++)
            {
                var before = new Dictionary<string, Segment>(StringComparer.Ordinal);
                foreach (var segment in last._segments[slot]) before[segment.Path] = segment;
                if (before.Count != _segments[slot].Length) _namedSame = _shapesSame = false;
                foreach (var segment in _segments[slot])
                {
                    if (!before.TryGetValue(segment.Path, out var old) || old.Count != segment.Count)
                    {
                        _namedSame = _shapesSame = false;
                        continue;
                    }
                    if (!_moved.Contains(segment.Path) && SameInstances(old, segment))
                    {
                        segment.Before = old;
                        continue;
                    }
                    for (var i = 0; i < segment.Count && (_namedSame || _shapesSame); i++)
                    {
                        _namedSame = _namedSame && SameAsNamed(old[i], segment[i]);
                        _shapesSame = _shapesSame && SameShape(old[i], segment[i]);
                    }
                }
            }
        }

        // Whether a kept problem lies or points in a file whose text changed.
        private bool Touches(CheckedFacts.RuleProblem[] reports)
        {
            if (_moved.Count == 0) return false;
            foreach (var report in reports)
            {
                if (report.Diagnostic.Location is { } location && _moved.Contains(location.Path)) return true;
                foreach (var also in report.Diagnostic.AdditionalLocations)
                {
                    if (_moved.Contains(also.Path)) return true;
                }
            }
            return false;
        }

        private static bool SameInstances(Segment left, Segment right)
        {
            for (var i = 0; i < left.Count; i++)
            {
                if (!ReferenceEquals(left[i], right[i])) return false;
            }
            return true;
        }

        private static bool SameTexts(IReadOnlyDictionary<string, string> left, IReadOnlyDictionary<string, string> right)
        {
            if (left.Count != right.Count) return false;
            foreach (var pair in left)
            {
                if (!right.TryGetValue(pair.Key, out var text) || !string.Equals(text, pair.Value, StringComparison.Ordinal)) return false;
            }
            return true;
        }

        /// <summary>
        /// Whether two versions of a fact read the same to a <see cref="FactRules"/> verdict on another fact that names it, where
        /// they are: an actor's lifespan and kind, a source's date of publication and text file, an event's date.
        /// </summary>
        internal static bool SameAsNamed(FactSpec left, FactSpec right)
        {
            if (left.GetType() != right.GetType() || left.Id.Id != right.Id.Id) return false;
            switch (left)
            {
                case ActorSpec actor:
                    var otherActor = (ActorSpec)right;
                    return SameSpan(actor.Lifespan, otherActor.Lifespan) && actor.ActorKind?.Id == otherActor.ActorKind?.Id;
                case SourceSpec source:
                    var otherSource = (SourceSpec)right;
                    return SameDate(source.Published, otherSource.Published) && source.TextFile == otherSource.TextFile
                        && source.Id.Location.Path == otherSource.Id.Location.Path;
                case EventSpec e:
                    return SameSpan(e.Date, ((EventSpec)right).Date);
                default:
                    return true;
            }
        }

        /// <summary>
        /// Whether two versions of a fact read the same to the whole-base rules, where they are: the same id, the same links
        /// property by property (sources cited, speakers, participants, causes, roles' institutions, ...), and for a relation the
        /// same predicate and time. A fact with declared values never does: they may hold references.
        /// </summary>
        internal static bool SameShape(FactSpec left, FactSpec right)
        {
            if (left.GetType() != right.GetType() || left.Id.Id != right.Id.Id || left.Values.Count != 0 || right.Values.Count != 0
                || !SameCitations(left.Sources, right.Sources))
            {
                return false;
            }
            switch (left)
            {
                case ActorSpec actor:
                    var roles = ((ActorSpec)right).Roles;
                    if (actor.Roles.Count != roles.Count) return false;
                    for (var i = 0; i < roles.Count; i++)
                    {
                        if (actor.Roles[i].Of?.Id != roles[i].Of?.Id || !SameCitations(actor.Roles[i].Sources, roles[i].Sources)) return false;
                    }
                    return true;
                case StatementSpec statement:
                    var otherStatement = (StatementSpec)right;
                    return statement.Speaker.Id == otherStatement.Speaker.Id && statement.IssuedThrough?.Id == otherStatement.IssuedThrough?.Id
                        && SameIds(statement.About, otherStatement.About);
                case EventSpec e:
                    var other = (EventSpec)right;
                    if (e.PartOf?.Id != other.PartOf?.Id || !SameIds(e.Causes, other.Causes) || e.Participants.Count != other.Participants.Count
                        || e.Fatalities.Count != other.Fatalities.Count)
                    {
                        return false;
                    }
                    for (var i = 0; i < e.Participants.Count; i++)
                    {
                        if (e.Participants[i].Actor.Id != other.Participants[i].Actor.Id) return false;
                    }
                    for (var i = 0; i < e.Fatalities.Count; i++)
                    {
                        var (report, otherReport) = (e.Fatalities[i], other.Fatalities[i]);
                        if (!SameIds(report.VictimActors, otherReport.VictimActors) || !SameCitations(report.Sources, otherReport.Sources)
                            || report.Breakdown.Count != otherReport.Breakdown.Count)
                        {
                            return false;
                        }
                        for (var k = 0; k < report.Breakdown.Count; k++)
                        {
                            if (report.Breakdown[k].Actor?.Id != otherReport.Breakdown[k].Actor?.Id) return false;
                        }
                    }
                    return true;
                case RelationSpec relation:
                    var otherRelation = (RelationSpec)right;
                    return relation.Subject.Id == otherRelation.Subject.Id && relation.Object.Id == otherRelation.Object.Id
                        && relation.Predicate.Id == otherRelation.Predicate.Id && SameSpan(relation.Span, otherRelation.Span);
                case DeclaredFactSpec declared:
                    return declared.DeclaredKind == ((DeclaredFactSpec)right).DeclaredKind;
                default:
                    return true;
            }
        }

        private static bool SameIds(EquatableArray<IdRef> left, EquatableArray<IdRef> right)
        {
            if (left.Count != right.Count) return false;
            for (var i = 0; i < left.Count; i++)
            {
                if (left[i].Id != right[i].Id) return false;
            }
            return true;
        }

        private static bool SameCitations(EquatableArray<CitationSpec> left, EquatableArray<CitationSpec> right)
        {
            if (left.Count != right.Count) return false;
            for (var i = 0; i < left.Count; i++)
            {
                if (left[i].Source.Id != right[i].Source.Id) return false;
            }
            return true;
        }

        /// <summary>Dates and spans by value, wherever they are written.</summary>
        internal static bool SameSpan(SpanSpec? left, SpanSpec? right) =>
            left == null ? right == null : right != null && left.IsSingleDate == right.IsSingleDate && SameDate(left.From, right.From) && SameDate(left.To, right.To);

        private static bool SameDate(DateSpec? left, DateSpec? right) =>
            left == null ? right == null
                : right != null && left.Year == right.Year && left.Month == right.Month && left.Day == right.Day && left.IsApproximate == right.IsApproximate
                  && left.Time == right.Time && left.Offset == right.Offset && left.HasSeconds == right.HasSeconds;

        /// <summary>
        /// One file's facts in one slot, as they reached the rules (a range of the slot's list, which no one changes after),
        /// and what <see cref="FactRules"/> said of them.
        /// </summary>
        private sealed class Segment
        {
            private readonly IReadOnlyList<FactSpec> _list;
            private readonly int _start;

            public Segment(string path, IReadOnlyList<FactSpec> list, int start, int count)
            {
                Path = path;
                _list = list;
                _start = start;
                Count = count;
            }

            public string Path { get; }

            public int Count { get; }

            public FactSpec this[int index] => _list[_start + index];

            public CheckedFacts.RuleProblem[]? Verdicts { get; set; }

            // The last check's segment of the same file, while this check runs, when its facts are the very same instances.
            public Segment? Before { get; set; }
        }
    }
}
