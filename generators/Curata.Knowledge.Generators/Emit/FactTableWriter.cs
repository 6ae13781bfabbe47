using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// Writes a checked knowledge base as a fact table (layout: <see cref="FactTableFormat"/>): a string table, the schema, one
    /// section of records per kind ordered by id, and the reverse indexes and date indexes the runtime would otherwise build at
    /// start-up. Every value of every fact, built-in or declared, is written by one piece of code in the slot order the schema
    /// gives (<see cref="Slots"/>), so the schema is the one definition of the layout. References are written as positions,
    /// so the runtime resolves them without lookups.
    /// </summary>
    internal sealed partial class FactTableWriter
    {
        private readonly KnowledgeBaseSpec _spec;
        private readonly CancellationToken _cancellationToken;
        private readonly FactPositions _positions;
        private readonly Buffer _factValues = new Buffer();
        private readonly ValueEncoder _values;
        // What a write after an edit takes up (WrittenFactTable).
        private readonly WrittenFactTable? _last;
        // Each fact's record, by fact number: where it starts in its section's buffer (in the table, once laid out), its
        // length, and the strings it uses, in the order it first asks for them.
        private readonly int[] _recordStarts, _recordLengths, _useStarts;
        private int[] _uses;
        private int _useCount;
        private bool _inRecord;
        // Whether this write is kept for the next (WrittenFactTable.Keeps): only then does it note what each record used, or
        // lay records and strings out on pages of their own, for the next write to pack again in few pages.
        private readonly bool _keptForNext;
        // The record sections laid out on pages of their own (OnPages), by section; each starts on a page of its own too.
        private readonly RecordPages?[] _recordPages = new RecordPages?[FactTableFormat.SectionCount];
        private int _nextFact;
        private int _factsCopied;
        private (string[] Names, int[] Owners) _actorNames;
        private readonly List<RecordRun> _recordRuns = new List<RecordRun>();

        /// <summary>The declared kinds, in the order the schema lists them and the fact numbers count them after relations.</summary>
        public static IReadOnlyList<KindSpec> DeclaredKinds(KnowledgeBaseSpec spec) =>
            spec.Kinds.Where(k => !StandardKinds.HasOwnReader(k.Id.Id)).OrderBy(k => k.Id.Id, StringComparer.Ordinal).ToList();

        /// <summary>
        /// A kind's properties in slot order, the order the schema lists them and their values are written in: the built-in
        /// properties of a kind with a reader of its own in the order the standard declarations declare them, then every other
        /// property by name (declarations from several files have no other order that does not depend on the files).
        /// </summary>
        public static IReadOnlyList<PropertySpec> Slots(KnowledgeBaseSpec spec, string kind) =>
            StandardDeclarations.File.Properties.Where(p => p.IsBuiltIn && p.Kind.Name == kind)
                .Concat(spec.Properties.Where(p => p.Kind.Name == kind).OrderBy(p => p.Id.Name, StringComparer.Ordinal)).ToList();

        private FactTableWriter(KnowledgeBaseSpec spec, WrittenFactTable? last, CancellationToken cancellationToken)
        {
            _spec = spec;
            _cancellationToken = cancellationToken;
            _last = last;
            _positions = last?.Positions.For(spec) ?? new FactPositions(spec);
            var factCount = _positions.Facts.Length;
            _values = new ValueEncoder(this);
            _recordStarts = new int[factCount];
            _recordLengths = new int[factCount];
            _useStarts = new int[factCount + 1];
            _keptForNext = WrittenFactTable.Keeps(factCount);
            _uses = new int[_keptForNext ? last?.Uses.Length ?? 4 * factCount : 0];
            _strings = new StringNumbering(_positions.Facts, last);
        }

        /// <summary>Writes <paramref name="spec"/> afresh.</summary>
        public static byte[] Write(KnowledgeBaseSpec spec, CancellationToken cancellationToken) => Write(spec, last: null, cancellationToken).Table;

        /// <summary>
        /// Writes <paramref name="spec"/>, copying what it can from <paramref name="last"/> (which must fit it:
        /// <see cref="WrittenFactTable.For"/>); the table is byte for byte what a fresh write makes.
        /// </summary>
        public static WrittenFactTable Write(KnowledgeBaseSpec spec, WrittenFactTable? last, CancellationToken cancellationToken) =>
            new FactTableWriter(spec, last, cancellationToken).Write();

        private WrittenFactTable Write()
        {
            var sections = new Buffer[FactTableFormat.SectionCount];
            // The indexes read only the checked facts' links and dates and the positions found above, never the string table, so
            // they are laid out on another core while the records are written, or copied when no link or date changed.
            var indexes = _last != null && SameLinksAndDates(_last)
                ? Task.FromResult(CopyIndexes(_last, sections))
                : Task.Run(() => WriteIndexes(sections), _cancellationToken);
            // The declarations next after the ids: opening the table reads them all.
            sections[FactTableFormat.Schema] = Schema();
            sections[FactTableFormat.Terms] = Terms();
            sections[FactTableFormat.Sources] = FactRecords(_spec.Sources, FactTableFormat.Sources);
            sections[FactTableFormat.Actors] = FactRecords(_spec.Actors, FactTableFormat.Actors);
            sections[FactTableFormat.Statements] = FactRecords(_spec.Statements, FactTableFormat.Statements);
            sections[FactTableFormat.Events] = FactRecords(_spec.Events, FactTableFormat.Events);
            sections[FactTableFormat.Relations] = FactRecords(_spec.Relations, FactTableFormat.Relations);
            sections[FactTableFormat.EventTypes] = Records(_spec.EventTypes, (w, t) => { Term(w, t.Id, t.Name, t.Description); OptionalPosition(w, t.Parent, _positions.EventTypes); });
            sections[FactTableFormat.ParticipantRoles] = Records(_spec.ParticipantRoles, (w, t) => Term(w, t.Id, t.Name, t.Description));
            sections[FactTableFormat.Predicates] = Records(_spec.Predicates, WritePredicate);
            sections[FactTableFormat.DeclaredFacts] = DeclaredFacts();
            indexes.GetAwaiter().GetResult();
            sections[FactTableFormat.ActorNames] = ActorNames(); // after the records: the strings they add come first
            var offsets = new int[FactTableFormat.SectionCount];
            var offset = 4 + 4 * FactTableFormat.SectionCount;
            var strings = default((int Size, Action<Buffer> WriteTo));
            foreach (var section in Layout)
            {
                // Last: every record has added its strings by now, and it starts where the others end.
                if (section == FactTableFormat.Strings) strings = StringTable(offset);
                if (_recordPages[section] != null) offset = PageStart(offset);
                offsets[section] = offset;
                offset += section == FactTableFormat.Strings ? strings.Size : _recordPages[section]?.Length ?? sections[section].Length;
            }
            // Each section is copied once, into the table at its place; the string table is written there directly.
            var table = new Buffer(offset);
            table.Int32(unchecked((int)FactTableFormat.Magic));
            foreach (var sectionOffset in offsets) table.Int32(sectionOffset);
            foreach (var section in Layout)
            {
                // A section on pages of its own starts on the next: the gap before it is zeros.
                table.Zeros(offsets[section] - table.Length);
                if (section == FactTableFormat.Strings) strings.WriteTo!(table); // laid out above
                else if (_recordPages[section] is { } pages) pages.WriteTo(table);
                else table.Write(sections[section]);
            }
            foreach (var run in _recordRuns)
            {
                for (var k = run.FirstFact; k < run.FirstFact + run.Count; k++) _recordStarts[k] += offsets[run.Section] + run.Offset;
            }
            _useStarts[_nextFact] = _useCount;
            Array.Resize(ref _uses, _useCount);
            return new WrittenFactTable(_spec, _positions, table.Contents(), _strings.ByNumber(), _strings.Numbers(), _recordStarts, _recordLengths,
                _uses, _useStarts, _actorNames, _factsCopied);
        }

        // The facts of one kind whose records are written into one buffer, and where that buffer goes in the table: the section,
        // and the offset in it (a declared kind's subsection).
        private sealed class RecordRun
        {
            public RecordRun(int section, int firstFact, int count)
            {
                Section = section;
                FirstFact = firstFact;
                Count = count;
            }

            public int Section { get; }

            public int FirstFact { get; }

            public int Count { get; }

            public int Offset { get; set; }
        }

        // ---- records ----

        private void WritePredicate(Buffer w, PredicateSpec p)
        {
            Term(w, p.Id, p.Name, p.Description);
            w.Varint(p.Symmetric ? 1 : 0);
            OptionalPosition(w, p.InverseOf, _positions.Predicates);
            Positions(w, p.ConflictsWith, _positions.Predicates);
            Strings(w, p.SubjectKinds.Select(k => k.Id).ToEquatableArray());
            Strings(w, p.ObjectKinds.Select(k => k.Id).ToEquatableArray());
            w.Varint(p.Acyclic ? 1 : 0);
        }

        // The order the sections lie in: by number, but the string table last. After an edit to a text, only the bytes after
        // that text move, so the packer keeps every page before it (the records keep their bytes while their strings keep
        // their numbers).
        private static readonly int[] Layout =
            Enumerable.Range(0, FactTableFormat.SectionCount).Where(s => s != FactTableFormat.Strings).Append(FactTableFormat.Strings).ToArray();

        // ---- indexes ----

        private static readonly int[] IndexSections =
        {
            FactTableFormat.StatementsBySpeaker, FactTableFormat.ParticipationsByActor, FactTableFormat.RelationsByActor, FactTableFormat.ConsequencesByEvent,
            FactTableFormat.PartsByEvent, FactTableFormat.StatementsAboutFact, FactTableFormat.RolesByInstitution, FactTableFormat.FactsBySource,
            FactTableFormat.EventsByDate, FactTableFormat.StatementsByDate, FactTableFormat.ReferencesTo,
        };

        // Whether every fact has the links and dates it had in the last write, which are all the indexes read of it (with the
        // positions, which are the same). A fact with declared values never has: they may hold references.
        private bool SameLinksAndDates(WrittenFactTable last)
        {
            var facts = _positions.Facts;
            for (var i = 0; i < facts.Length; i++)
            {
                var (fact, was) = (facts[i], last.Positions.Facts[i]);
                if (ReferenceEquals(fact, was)) continue;
                if (!RuleReuse.SameShape(was, fact)) return false;
                var sameDate = fact switch
                {
                    StatementSpec statement => RuleReuse.SameSpan(statement.Date, ((StatementSpec)was).Date),
                    EventSpec e => RuleReuse.SameSpan(e.Date, ((EventSpec)was).Date),
                    _ => true,
                };
                if (!sameDate) return false;
            }
            return true;
        }

        private static bool CopyIndexes(WrittenFactTable last, Buffer[] sections)
        {
            // Each ends where the next begins: only the kinds' record sections start on a page of their own, and no index
            // precedes one of those.
            foreach (var section in IndexSections)
            {
                var start = TableBytes.SectionStart(last.Table, section);
                var next = Array.IndexOf(Layout, section) + 1;
                var end = next < Layout.Length ? TableBytes.SectionStart(last.Table, Layout[next]) : last.Table.Length;
                sections[section] = new Buffer(end - start);
                sections[section].Write(last.Table, start, end - start);
            }
            return true;
        }

        private void WriteIndexes(Buffer[] sections)
        {
            var actorCount = _spec.Actors.Count;
            var eventCount = _spec.Events.Count;
            var bySpeaker = new IndexEntries(_spec.Statements.Count);
            // Each list sized for the most entries it can get (no growing copies): the links, duplicates included.
            var about = new IndexEntries(Total(_spec.Statements, s => s.About.Count));
            for (var i = 0; i < _spec.Statements.Count; i++)
            {
                var statement = _spec.Statements[i];
                bySpeaker.Add(_positions.Actors[statement.Speaker.Id], i);
                for (var k = 0; k < statement.About.Count; k++)
                {
                    if (!Ids.NamedBefore(statement.About, k, a => a.Id)) about.Add(FactNumber(statement.About[k].Id), i);
                }
            }
            var participations = new IndexEntries(Total(_spec.Events, e => e.Participants.Count));
            var consequences = new IndexEntries(Total(_spec.Events, e => e.Causes.Count));
            var parts = new IndexEntries(Total(_spec.Events, e => e.PartOf == null ? 0 : 1));
            for (var i = 0; i < eventCount; i++)
            {
                var e = _spec.Events[i];
                for (var ordinal = 0; ordinal < e.Participants.Count; ordinal++) participations.Add(_positions.Actors[e.Participants[ordinal].Actor.Id], i, ordinal);
                for (var k = 0; k < e.Causes.Count; k++)
                {
                    if (!Ids.NamedBefore(e.Causes, k, c => c.Id)) consequences.Add(_positions.Events[e.Causes[k].Id], i);
                }
                if (e.PartOf != null) parts.Add(_positions.Events[e.PartOf.Id], i);
            }
            var relationsByActor = new IndexEntries(2 * _spec.Relations.Count);
            for (var i = 0; i < _spec.Relations.Count; i++)
            {
                var relation = _spec.Relations[i];
                relationsByActor.Add(_positions.Actors[relation.Subject.Id], i);
                if (relation.Object.Id != relation.Subject.Id) relationsByActor.Add(_positions.Actors[relation.Object.Id], i);
            }
            var rolesByInstitution = new IndexEntries(Total(_spec.Actors, a => a.Roles.Count));
            for (var i = 0; i < actorCount; i++)
            {
                var roles = _spec.Actors[i].Roles;
                for (var ordinal = 0; ordinal < roles.Count; ordinal++)
                {
                    if (roles[ordinal].Of is IdRef institution) rolesByInstitution.Add(_positions.Actors[institution.Id], i, ordinal);
                }
            }
            sections[FactTableFormat.StatementsBySpeaker] = Index(actorCount, 1, bySpeaker);
            sections[FactTableFormat.ParticipationsByActor] = Index(actorCount, 2, participations);
            sections[FactTableFormat.RelationsByActor] = Index(actorCount, 1, relationsByActor);
            sections[FactTableFormat.ConsequencesByEvent] = Index(eventCount, 1, consequences);
            sections[FactTableFormat.PartsByEvent] = Index(eventCount, 1, parts);
            sections[FactTableFormat.StatementsAboutFact] = Index(_positions.Numbers.Count, 1, about);
            sections[FactTableFormat.RolesByInstitution] = Index(actorCount, 2, rolesByInstitution);
            sections[FactTableFormat.FactsBySource] = Index(_spec.Sources.Count, 1, CitingFacts());
            sections[FactTableFormat.EventsByDate] = DateIndex(_spec.Events, e => e.Date);
            sections[FactTableFormat.StatementsByDate] = DateIndex(_spec.Statements, s => s.Date);
            sections[FactTableFormat.ReferencesTo] = Index(_positions.Numbers.Count, 2, DeclaredReferences());
        }

        // Every value of a declared reference: (what it names, the fact holding it, the property's slot), in fact-number order.
        private IndexEntries DeclaredReferences()
        {
            var entries = new IndexEntries();
            // Already in fact-number order: the kinds in schema order, each by id (declared facts by kind id, then id).
            var facts = _spec.Sources.Cast<FactSpec>().Concat(_spec.Actors).Concat(_spec.Statements).Concat(_spec.Events).Concat(_spec.Relations)
                .Concat(_spec.DeclaredFacts);
            foreach (var fact in facts)
            {
                if (fact.Values.Count == 0) continue;
                var slots = _positions.Properties[fact.Kind];
                foreach (var value in fact.Values)
                {
                    var slot = Slot(slots, value.Property);
                    if (slots[slot].Type != Datatype.Reference) continue;
                    for (var k = 0; k < value.Values.Count; k++)
                    {
                        if (!Ids.NamedBefore(value.Values, k, v => v.Text!)) entries.Add(_positions.Numbers[value.Values[k].Text!], _positions.Numbers[fact.Id.Id], slot);
                    }
                }
            }
            return entries;
        }

        // Each source, with the facts that cite it (once each, however often), in fact-number order.
        private IndexEntries CitingFacts()
        {
            // Every fact but the sources, by number; most cite one source or two.
            var facts = _positions.Facts;
            var entries = new IndexEntries(facts.Length - _spec.Sources.Count);
            for (var number = _spec.Sources.Count; number < facts.Length; number++)
            {
                var citations = facts[number].Sources;
                for (var k = 0; k < citations.Count; k++)
                {
                    if (!Ids.NamedBefore(citations, k, c => c.Source.Id)) entries.Add(_positions.Sources[citations[k].Source.Id], number);
                }
            }
            return entries;
        }

        /// <summary>The entries of an index: a key and one number, or two for an index of width 2.</summary>
        private sealed class IndexEntries : List<(int Key, int First, int Second)>
        {
            public IndexEntries()
            {
            }

            /// <summary>Room for <paramref name="capacity"/> entries, when about that many are known to come: no growing copies.</summary>
            public IndexEntries(int capacity)
                : base(capacity)
            {
            }

            public void Add(int key, int first, int second = 0) => Add((key, first, second));
        }

        // Key count, run starts (key count + 1), then the items of every key in order; items keep the order they were given in.
        // Each item is one number, or two (width 2: First, Second). Laid out by counting, with no list per key.
        private Buffer Index(int keyCount, int width, IndexEntries entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var starts = new int[keyCount + 1];
            foreach (var entry in entries) starts[entry.Key + 1]++;
            for (var key = 0; key < keyCount; key++) starts[key + 1] += starts[key];
            var items = new int[entries.Count * width];
            var next = (int[])starts.Clone();
            foreach (var (key, first, second) in entries)
            {
                var at = next[key]++ * width;
                items[at] = first;
                if (width == 2) items[at + 1] = second;
            }
            var w = new Buffer(4 * (keyCount + 2 + items.Length));
            w.Int32(keyCount);
            foreach (var start in starts) w.Int32(start);
            foreach (var item in items) w.Int32(item);
            return w;
        }

        private static int Total<T>(EquatableArray<T> facts, Func<T, int> count) where T : IEquatable<T>
        {
            var total = 0;
            for (var i = 0; i < facts.Count; i++) total += count(facts[i]);
            return total;
        }

        // The dated facts of a kind, by earliest day, then by position: each as its position, earliest and latest day.
        private static Buffer DateIndex<T>(EquatableArray<T> facts, Func<T, SpanSpec?> date) where T : IEquatable<T>
        {
            var earliest = new int[facts.Count];
            var latest = new int[facts.Count];
            // Sorted as one number: the earliest day, shifted to sort as unsigned, above the position.
            var order = new List<ulong>(facts.Count);
            for (var i = 0; i < facts.Count; i++)
            {
                if (date(facts[i]) is not { } span) continue;
                earliest[i] = span.Earliest is DateTime start ? Day(start) : FactTableFormat.OpenStart;
                latest[i] = span.Latest is DateTime end ? Day(end) : FactTableFormat.OpenEnd;
                order.Add((ulong)(uint)(earliest[i] ^ int.MinValue) << 32 | (uint)i);
            }
            order.Sort();
            var w = new Buffer(4 + 12 * order.Count);
            w.Int32(order.Count);
            foreach (var key in order)
            {
                var index = (int)(uint)key;
                w.Int32(index);
                w.Int32(earliest[index]);
                w.Int32(latest[index]);
            }
            return w;
        }

        private static int Day(DateTime date) => (int)(date.Ticks / TimeSpan.TicksPerDay);

        // Every name and alias, normalised, with its actor (plus one), or 0 when actors share it; in ordinal order. Taken from
        // the last write when every actor is the very same instance, and numbered again in the same order.
        private Buffer ActorNames()
        {
            _actorNames = SameActors() ? _last!.ActorNames : OwnedNames();
            var (names, owners) = _actorNames;
            var w = new Buffer(4 + 8 * names.Length);
            w.Int32(names.Length);
            for (var i = 0; i < names.Length; i++)
            {
                w.Int32(String(names[i]));
                w.Int32(owners[i]);
            }
            return w;
        }

        private bool SameActors()
        {
            if (_last == null) return false;
            // The actors' facts follow the sources' in number order.
            for (var i = 0; i < _spec.Actors.Count; i++)
            {
                if (!ReferenceEquals(_spec.Actors[i], _last.Positions.Facts[_spec.Sources.Count + i])) return false;
            }
            return true;
        }

        private (string[] Names, int[] Owners) OwnedNames()
        {
            var owners = new Dictionary<string, int>(2 * _spec.Actors.Count, StringComparer.Ordinal);
            void Own(string written, int actor)
            {
                var name = FactTableFormat.NormaliseName(written);
                if (name.Length > 0) owners[name] = owners.TryGetValue(name, out var owner) && owner != actor ? 0 : actor;
            }
            for (var i = 0; i < _spec.Actors.Count; i++)
            {
                var actor = _spec.Actors[i];
                foreach (var alias in actor.Aliases) Own(alias, i + 1);
                Own(actor.Name, i + 1);
            }
            var names = new string[owners.Count];
            owners.Keys.CopyTo(names, 0);
            Array.Sort(names, StringComparer.Ordinal);
            var owned = new int[names.Length];
            for (var i = 0; i < names.Length; i++) owned[i] = owners[names[i]];
            return (names, owned);
        }

        // ---- values ----

        [MethodImpl(HotPath.Optimized)]
        private Buffer Records<T>(EquatableArray<T> items, Action<Buffer, T> write) where T : IEquatable<T>
        {
            // The count, room for the offsets, then the records, in one buffer: the offsets are filled in as the records go.
            var section = new Buffer(4 + 68 * items.Count);
            section.Int32(items.Count);
            var offsets = section.Reserve(4 * items.Count);
            var first = section.Length;
            for (var i = 0; i < items.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                // Once a sixteenth of the records is written, the section grows once to what they foretell for all of them,
                // instead of doubling (and copying) as often as the first guess falls short.
                if (i == items.Count / 16 && i >= 64) section.EnsureCapacity(first + (int)Math.Min(int.MaxValue / 2, (long)(section.Length - first) * items.Count / i * 9 / 8));
                // Offsets are relative to the end of the offsets, so a section can be written before its place in the table is known.
                section.Int32At(offsets + 4 * i, section.Length - first);
                write(section, items[i]);
            }
            return section;
        }

        // The records of one kind's facts, numbered on from the last kind's.
        private Buffer FactRecords<T>(EquatableArray<T> facts, int section) where T : FactSpec, IEquatable<T>
        {
            var firstFact = _nextFact;
            _recordRuns.Add(new RecordRun(section, firstFact, facts.Count));
            var records = Records(facts, WriteFact);
            // A declared kind's records lie in a subsection, which starts at no page of its own.
            if (section != FactTableFormat.DeclaredFacts) _recordPages[section] = OnPages(records, facts.Count, firstFact);
            return records;
        }

        // How many pages of records, or of strings besides the ids, a table kept for the next write must take before they are
        // laid out on pages of their own: a smaller table is packed again whole in a few milliseconds, and padding would only
        // add pages to it.
        private const int PagesBeforePadding = 4;

        // Whether this write lays `bytes` of records, or of strings besides the ids, out on pages of their own.
        private bool OnPagesOfTheirOwn(long bytes) => _keptForNext && bytes >= (long)PagesBeforePadding << FactTableFormat.PageBits;

        // How many items, as a power of two up to 2^mostBits, a run that starts on a page of its own holds: as many as make at
        // most three quarters of a page at `bytesPerItem` each, so few runs spill onto a second page.
        private static int RunBits(long bytesPerItem, int mostBits)
        {
            var bits = 0;
            while (bits < mostBits && bytesPerItem << (bits + 1) <= 3 * (1 << FactTableFormat.PageBits) / 4) bits++;
            return bits;
        }

        // The start of the first page at or after `position`.
        private static int PageStart(int position) => (position + (1 << FactTableFormat.PageBits) - 1) >> FactTableFormat.PageBits << FactTableFormat.PageBits;

        // Lays a kind's records out in runs that each start on a page of their own, as the string table's regions are
        // (StringRegions), when they take PagesBeforePadding pages or more: an edit that changes a record's length then moves only the
        // records of its run, and the packer keeps the pages of the others. A run holds as many records as make at most three
        // quarters of a page on average. The section then starts on a page too (Write), and the runtime finds each record
        // by its offset, so the gaps are never read. The records stay where they were written, their offsets put right in
        // place: only the table gets them on pages (RecordPages.WriteTo).
        private RecordPages? OnPages(Buffer records, int count, int firstFact)
        {
            var first = 4 + 4 * count;
            var bytes = records.Length - first;
            if (!OnPagesOfTheirOwn(bytes)) return null;
            var mostBits = 0;
            while (mostBits < 30 && 2 << mostBits <= count) mostBits++;
            var runBits = RunBits(Math.Max(1, bytes / count), mostBits);

            var pages = new RecordPages(records, first, (count >> runBits) + 1);
            for (var from = 0; from < count; from += 1 << runBits)
            {
                var to = Math.Min(count, from + (1 << runBits));
                var start = first + records.ReadInt32(4 + 4 * from);
                var end = to < count ? first + records.ReadInt32(4 + 4 * to) : records.Length;
                var shift = pages.Add(start, end - start) - start;
                // Only this run's offsets: the next run's first is read above before it changes.
                for (var i = from; i < to; i++)
                {
                    records.Int32At(4 + 4 * i, records.ReadInt32(4 + 4 * i) + shift);
                    _recordStarts[firstFact + i] += shift;
                }
            }
            return pages;
        }

        /// <summary>A kind's records as they lie on pages (<see cref="OnPages"/>): the count and offsets, then each run on a page of its own.</summary>
        private sealed class RecordPages
        {
            private readonly Buffer _records;
            private readonly int _headerLength;
            private readonly List<(int From, int Length, int To)> _runs;

            public RecordPages(Buffer records, int headerLength, int runs)
            {
                _records = records;
                _headerLength = headerLength;
                _runs = new List<(int, int, int)>(runs);
                Length = headerLength;
            }

            /// <summary>How many bytes the section takes, gaps included.</summary>
            public int Length { get; private set; }

            /// <summary>Puts the next run, <paramref name="length"/> bytes of the records from <paramref name="from"/>, on the next page; returns where it starts in the section.</summary>
            public int Add(int from, int length)
            {
                var to = PageStart(Length);
                _runs.Add((from, length, to));
                Length = to + length;
                return to;
            }

            /// <summary>Writes the section at the end of <paramref name="table"/>, which is on a page boundary.</summary>
            public void WriteTo(Buffer table)
            {
                var start = table.Length;
                table.Write(_records, 0, _headerLength);
                foreach (var (from, length, to) in _runs)
                {
                    table.Zeros(start + to - table.Length);
                    table.Write(_records, from, length);
                }
            }
        }

        // A fact's record, copied from the last write when its fact is the very same and its strings keep their numbers.
        [MethodImpl(HotPath.Optimized)]
        private void WriteFact(Buffer w, FactSpec fact)
        {
            var number = _nextFact++;
            _strings.At(number);
            _recordStarts[number] = w.Length;
            _useStarts[number] = _useCount;
            var was = _last?.Positions.Facts[number];
            // Only the very same fact: comparing a re-read fact with the last one by value costs more than encoding it.
            if (ReferenceEquals(fact, was) && Replayed(number))
            {
                w.Write(_last!.Table, _last.RecordStarts[number], _last.RecordLengths[number]);
                _factsCopied++;
            }
            else
            {
                _useCount = _useStarts[number];
                _inRecord = _keptForNext;
                Encode(w, fact);
                _inRecord = false;
            }
            _recordLengths[number] = w.Length - _recordStarts[number];
            _strings.OutsideRecords();
        }

        // Numbers the strings the last write's record of fact `number` used, in the order it used them, as encoding the same
        // fact would; whether each kept its number, so that the record's bytes are the same.
        private bool Replayed(int number)
        {
            var same = true;
            for (var i = _last!.UseStarts[number]; i < _last.UseStarts[number + 1]; i++)
            {
                var was = _last.Uses[i];
                var now = _strings.Renumbered(was);
                Use(now);
                same &= now == was;
            }
            return same;
        }

        // A fact record: id, citations, external ids (the head every kind shares), then every value of the fact, built-in and
        // declared, prefixed by their length so a reader can skip them until they are asked for.
        [MethodImpl(HotPath.Optimized)]
        private void Encode(Buffer w, FactSpec fact)
        {
            w.Varint(String(fact.Id.Id));
            Citations(w, fact.Sources);
            w.Varint(fact.Ids.Count);
            foreach (var id in fact.Ids)
            {
                w.Varint(_positions.Schemes[id.Scheme.Name]);
                w.Varint(String(id.Value));
            }
            // Written aside first, to be prefixed with its length; one scratch buffer serves every fact.
            _values.Begin(_positions.Properties[fact.Kind]);
            BuiltInValues.Write(fact, _values);
            foreach (var value in fact.Values) _values.Declared(value);
            _factValues.Clear();
            _values.End(_factValues);
            w.Varint(_factValues.Length);
            w.Write(_factValues);
        }

        private static int Slot(IReadOnlyList<PropertySpec> slots, string property)
        {
            for (var slot = 0; slot < slots.Count; slot++)
            {
                if (slots[slot].Id.Name == property) return slot;
            }
            throw new InvalidOperationException($"No slot for the property '{property}'."); // the checks typed every value against a declaration
        }

        // One encoder per datatype. Objects are laid out by the ValueEncoder, which calls this for everything else.
        private void Value(Buffer w, PropertySpec property, ValueSpec value)
        {
            switch (property.Type)
            {
                case Datatype.Integer:
                case Datatype.Boolean:
                    w.ZigZag(value.Integer);
                    break;
                case Datatype.Date:
                    Date(w, value.Span!.From);
                    break;
                case Datatype.Span:
                    Span(w, value.Span);
                    break;
                case Datatype.Count:
                    Count(w, value.Count);
                    break;
                case Datatype.Quantity:
                    w.Varint(String(value.Text!));
                    w.Varint(String(value.Unit!));
                    break;
                case Datatype.Point:
                    w.Varint((ulong)BitConverter.DoubleToInt64Bits(value.Point!.Latitude));
                    w.Varint((ulong)BitConverter.DoubleToInt64Bits(value.Point.Longitude));
                    w.Varint(value.Point.Precision is double precision ? (ulong)BitConverter.DoubleToInt64Bits(precision) : 0);
                    break;
                default:
                    Text(w, property, value.Text!);
                    break;
            }
        }

        // What a datatype reads as text: an enum value as its position, a reference as the fact's number, a term as its
        // position in its vocabulary, any other text through the string table.
        private void Text(Buffer w, PropertySpec property, string text)
        {
            switch (property.Type)
            {
                case Datatype.Enum:
                    w.Varint(IndexOf(property.Values, text));
                    break;
                case Datatype.Reference:
                    w.Varint(_positions.Numbers[text]);
                    break;
                case Datatype.Term:
                    w.Varint(_positions.Terms[property.Target!.Name][text]);
                    break;
                default:
                    w.Varint(String(text));
                    break;
            }
        }

        private Buffer Schema()
        {
            var w = new Buffer();
            w.Varint(_spec.Schemes.Count);
            foreach (var scheme in _spec.Schemes)
            {
                w.Varint(String(scheme.Id.Id));
                w.Varint(String(scheme.Name));
                OptionalString(w, scheme.Url);
            }
            var kinds = StandardKinds.WithOwnReader.Concat(DeclaredKinds(_spec).Select(k => k.Id.Id)).ToList();
            w.Varint(kinds.Count);
            foreach (var kind in kinds)
            {
                w.Varint(String(kind));
                w.Varint(String(_spec.Kinds.FirstOrDefault(k => k.Id.Id == kind)?.Plural.Name ?? kind + "s"));
                Declarations(w, _positions.Properties[kind]);
            }
            return w;
        }

        // Properties in slot order, each with its object's own properties (none for other datatypes).
        private void Declarations(Buffer w, IReadOnlyList<PropertySpec> properties)
        {
            w.Varint(properties.Count);
            foreach (var property in properties)
            {
                w.Varint(String(property.Id.Name));
                w.Varint((int)property.Type);
                w.Varint(property.Many ? 1 : 0);
                OptionalString(w, property.Target?.Name);
                Strings(w, property.Values);
                Declarations(w, property.Properties);
            }
        }

        private Buffer Terms() => Subsections(Vocabularies.Simple.Select(vocabulary =>
            Records(_spec.Terms.Where(t => t.Vocabulary == vocabulary).ToEquatableArray(), (w, t) =>
            {
                Term(w, t.Id, t.Name, t.Description);
                OptionalString(w, t.Parent?.Id);
            })));

        private Buffer DeclaredFacts()
        {
            var byKind = _spec.DeclaredFacts.ToLookup(f => f.DeclaredKind, StringComparer.Ordinal);
            var parts = DeclaredKinds(_spec).Select(kind => FactRecords(byKind[kind.Id.Id].ToEquatableArray(), FactTableFormat.DeclaredFacts)).ToList();
            // Each kind's records lie where Subsections puts them.
            var offset = 4 + 4 * parts.Count;
            foreach (var (run, part) in _recordRuns.Skip(_recordRuns.Count - parts.Count).Zip(parts, (run, part) => (run, part)))
            {
                run.Offset = offset;
                offset += part.Length;
            }
            return Subsections(parts);
        }

        // Count, then each part's offset relative to the start of this section, then the parts.
        private static Buffer Subsections(IEnumerable<Buffer> parts)
        {
            var list = parts.ToList();
            var w = new Buffer();
            w.Int32(list.Count);
            var offset = 4 + 4 * list.Count;
            foreach (var part in list)
            {
                w.Int32(offset);
                offset += part.Length;
            }
            foreach (var part in list) w.Write(part);
            return w;
        }

        private void Term(Buffer w, IdRef id, string name, string? description)
        {
            w.Varint(String(id.Id));
            w.Varint(String(name));
            OptionalString(w, description);
        }

        private void Citations(Buffer w, EquatableArray<CitationSpec> citations)
        {
            w.Varint(citations.Count);
            foreach (var citation in citations)
            {
                w.Varint(_positions.Sources[citation.Source.Id]);
                w.Varint(citation.Paragraph is int p ? (ulong)p + 1 : 0);
                OptionalString(w, citation.Note);
            }
        }

        private static void Date(Buffer w, DateSpec? date)
        {
            w.Varint(date == null ? 0 : FactTableFormat.PackDate(date.Year, date.Month, date.Day, date.IsApproximate, date.Time != null));
            if (date?.Time is not TimeSpan time) return;
            w.Varint(FactTableFormat.PackTime(time, date.HasSeconds));
            w.Varint(FactTableFormat.PackOffset(date.Offset));
        }

        private static void Span(Buffer w, SpanSpec? span)
        {
            if (span == null)
            {
                w.Varint(FactTableFormat.NoSpan);
            }
            else if (span.IsSingleDate)
            {
                w.Varint(FactTableFormat.SingleDate);
                Date(w, span.From);
            }
            else
            {
                w.Varint(FactTableFormat.Interval);
                Date(w, span.From);
                Date(w, span.To);
            }
        }

        private static void Count(Buffer w, CountSpec? count)
        {
            w.Varint(count == null ? 0 : 1);
            if (count == null) return;
            foreach (var value in new[] { count.Low, count.Best, count.High }) w.Varint(value is int v ? (ulong)v + 1 : 0);
        }

        private void Strings(Buffer w, EquatableArray<string> values)
        {
            w.Varint(values.Count);
            foreach (var value in values) w.Varint(String(value));
        }

        private void OptionalString(Buffer w, string? value) => w.Varint(value == null ? 0 : (ulong)String(value) + 1);

        private static void OptionalPosition(Buffer w, IdRef? id, Dictionary<string, int> positions) =>
            w.Varint(id == null ? 0 : (ulong)positions[id.Id] + 1);

        private static void Positions(Buffer w, EquatableArray<IdRef> ids, Dictionary<string, int> positions)
        {
            w.Varint(ids.Count);
            foreach (var id in ids) w.Varint(positions[id.Id]);
        }

        // A string's number (StringNumbering), noted as one the record being written uses.
        [MethodImpl(HotPath.Optimized)]
        private int String(string value)
        {
            var number = _strings.Number(value);
            if (_inRecord) Use(number);
            return number;
        }

        private void Use(int number)
        {
            if (_useCount == _uses.Length) Array.Resize(ref _uses, Math.Max(16, 2 * _uses.Length));
            _uses[_useCount++] = number;
        }

        private int FactNumber(string id) => _positions.Numbers[id];

        private static int IndexOf(EquatableArray<string> values, string value)
        {
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] == value) return i;
            }
            return -1;
        }

        /// <summary>A growable byte buffer with the table's two number encodings.</summary>
        // A growable byte array: every number of the table passes through here, so no stream call per byte.
        private sealed class Buffer
        {
            private byte[] _bytes;

            public Buffer(int capacity = 256) => _bytes = new byte[Math.Max(capacity, 16)];

            public int Length { get; private set; }

            public void Byte(byte value)
            {
                if (Length == _bytes.Length) Grow(1);
                _bytes[Length++] = value;
            }

            public void Int32(int value)
            {
                if (Length + 4 > _bytes.Length) Grow(4);
                _bytes[Length] = (byte)value;
                _bytes[Length + 1] = (byte)(value >> 8);
                _bytes[Length + 2] = (byte)(value >> 16);
                _bytes[Length + 3] = (byte)(value >> 24);
                Length += 4;
            }

            public void Varint(int value) => Varint((ulong)value);

            [MethodImpl(HotPath.Optimized)]
            public void Varint(ulong value)
            {
                if (Length + 10 > _bytes.Length) Grow(10);
                while (value >= 0x80)
                {
                    _bytes[Length++] = (byte)(value | 0x80);
                    value >>= 7;
                }
                _bytes[Length++] = (byte)value;
            }

            public void Clear() => Length = 0;

            /// <summary>The little-endian 32-bit number written at <paramref name="position"/>.</summary>
            public int ReadInt32(int position) => TableBytes.Int32At(_bytes, position);

            /// <summary><paramref name="count"/> zero bytes.</summary>
            public void Zeros(int count)
            {
                var start = Reserve(count);
                Array.Clear(_bytes, start, count);
            }

            /// <summary>Room for <paramref name="count"/> bytes, filled in later (<see cref="Int32At"/>); returns where it starts.</summary>
            public int Reserve(int count)
            {
                if (Length + count > _bytes.Length) Grow(count);
                var start = Length;
                Length += count;
                return start;
            }

            public void Int32At(int position, int value)
            {
                _bytes[position] = (byte)value;
                _bytes[position + 1] = (byte)(value >> 8);
                _bytes[position + 2] = (byte)(value >> 16);
                _bytes[position + 3] = (byte)(value >> 24);
            }

            /// <summary>Forgets what was written after <paramref name="length"/> bytes.</summary>
            public void Truncate(int length) => Length = length;

            /// <summary>The string in UTF-8, encoded straight into the buffer.</summary>
            [MethodImpl(HotPath.Optimized)]
            public void Utf8(string value, System.Text.Encoding utf8)
            {
                // Room for the most bytes the text could take, or, near the end of the buffer, for the bytes it does take: a
                // table sized for its strings' characters then grows only for the bytes beyond one per character.
                var most = utf8.GetMaxByteCount(value.Length);
                if (Length + most > _bytes.Length && Length + (most = utf8.GetByteCount(value)) > _bytes.Length) Grow(most);
                Length += utf8.GetBytes(value, 0, value.Length, _bytes, Length);
            }

            public void Write(Buffer other) => Write(other._bytes, 0, other.Length);

            public void Write(Buffer other, int start, int length) => Write(other._bytes, start, length);

            public void Write(byte[] bytes, int start, int length)
            {
                if (Length + length > _bytes.Length) Grow(length);
                System.Buffer.BlockCopy(bytes, start, _bytes, Length, length);
                Length += length;
            }

            /// <summary>A signed number, zigzag-encoded so small negative numbers stay short.</summary>
            public void ZigZag(long value) => Varint((ulong)((value << 1) ^ (value >> 63)));

            /// <summary>What was written, as an array: the buffer's own when it is full (a table sized for what it holds), else a copy.</summary>
            public byte[] Contents()
            {
                if (Length == _bytes.Length) return _bytes;
                var bytes = new byte[Length];
                System.Buffer.BlockCopy(_bytes, 0, bytes, 0, Length);
                return bytes;
            }

            public void EnsureCapacity(int capacity)
            {
                if (capacity > _bytes.Length) Array.Resize(ref _bytes, capacity);
            }

            private void Grow(int needed) => Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + needed));
        }
    }
}
