using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// What a check works out from the ids (and the actors' names) alone, kept from one check to the next: the id table (each
    /// fact id's kind and definition), each generated class's sort order with whether its members' names were all free, and
    /// whether no two actors shared a name. Most edits keep every file's ids and kinds (a text, a date, a reference changes);
    /// the next check then takes the id table and patches in the edited files' definitions, puts each class in the last order
    /// when its ids are the very ones sorted last time, and skips the shared-name search when the actors' ids, names and
    /// aliases are the very ones searched last time, instead of hashing, sorting and normalising every one again.
    /// </summary>
    internal sealed class IdentityReuse
    {
        private readonly KnowledgeFileSpec[] _files;
        private readonly FileInterface[] _interfaces;
        private readonly IdentityReuse? _previous;
        // The last check's orders: whatever else changed, a class whose ids are the very ones sorted then sorts the same.
        private readonly ConcurrentDictionary<string, ClassOrder>? _lastOrders;
        private Dictionary<string, (string Kind, IdRef First)>? _idTable;
        private readonly ConcurrentDictionary<string, ClassOrder> _orders = new ConcurrentDictionary<string, ClassOrder>(StringComparer.Ordinal);
        private int _ordersTakenUp;
        // The actors searched for shared names, in list order, when none was shared; null when one was, or not searched. The
        // last check's, when there was one.
        private IReadOnlyList<ActorSpec>? _actorsWithNamesApart;
        private readonly IReadOnlyList<ActorSpec>? _lastActorsWithNamesApart;

        private IdentityReuse(KnowledgeFileSpec[] files, FileInterface[] interfaces, bool samePathTwice)
        {
            _files = files;
            _interfaces = interfaces;
            if (LastCheck<IdentityReuse>.Get() is not { } last) return;
            // Two files at one path could swap places unseen; their facts' definitions would then be patched in wrongly.
            _previous = !samePathTwice && FileInterface.Same(last._interfaces, _interfaces) ? last : null;
            _lastOrders = last._orders;
            _lastActorsWithNamesApart = last._actorsWithNamesApart;
        }

        /// <summary>Starts a check of <paramref name="files"/> (in path order), which offer <paramref name="interfaces"/>.</summary>
        public static IdentityReuse Begin(KnowledgeFileSpec[] files, FileInterface[] interfaces, bool samePathTwice) =>
            new IdentityReuse(files, interfaces, samePathTwice);

        /// <summary>The last complete check's, while it lives (for tests).</summary>
        internal static IdentityReuse? LastCompleted => LastCheck<IdentityReuse>.Get();

        /// <summary>Forgets the last check, so that the next takes up nothing (for tests that compare with a check afresh).</summary>
        internal static void Forget() => LastCheck<IdentityReuse>.Forget();

        /// <summary>Whether this check took up the last check's id table (for tests).</summary>
        public bool TookUpIdTable { get; private set; }

        /// <summary>How many classes this check put in the last check's order (for tests).</summary>
        public int OrdersTakenUp => _ordersTakenUp;

        /// <summary>
        /// A copy of the last check's id table when every file defines the same ids of the same kinds as then and no id was
        /// defined twice; the caller patches in the definitions of the files <see cref="Edited"/> says changed.
        /// </summary>
        public Dictionary<string, (string Kind, IdRef First)>? IdTable()
        {
            if (_previous?._idTable is not { } table) return null;
            TookUpIdTable = true;
            return new Dictionary<string, (string Kind, IdRef First)>(table, StringComparer.Ordinal);
        }

        /// <summary>
        /// Whether the file at <paramref name="index"/> is not the very model the last check had there. Its definitions are
        /// patched in although, the ids being unique, only their kinds are read: the table stays true to its name.
        /// </summary>
        public bool Edited(int index) => _previous == null || !ReferenceEquals(_previous._files[index], _files[index]);

        /// <summary>
        /// Keeps <paramref name="table"/> for the next check, which takes up a copy (<see cref="IdTable"/>): only call it when
        /// no id is defined twice, and change the table no more.
        /// </summary>
        public void KeepIdTable(Dictionary<string, (string Kind, IdRef First)> table) => _idTable = table;

        /// <summary>
        /// <paramref name="facts"/> in the order the last check sorted <paramref name="className"/>'s facts in, when their ids
        /// are the very ones it sorted, in the same order, and its members' names were all free then; null otherwise.
        /// </summary>
        public T[]? SortedAsLastTime<T>(string className, IReadOnlyList<T> facts) where T : FactSpec
        {
            if (_lastOrders == null || !_lastOrders.TryGetValue(className, out var order) || !order.NamesFree || order.Ids.Length != facts.Count) return null;
            // Compared in list order, not sorted order: the facts lie in memory about as they were read, so this walks them
            // in step instead of jumping between them (at 100,000 facts, tens of milliseconds of cache misses); an unchanged
            // file's facts are the very objects, with the very id strings, of last time.
            for (var i = 0; i < facts.Count; i++)
            {
                if (!string.Equals(facts[i].Id.Id, order.Ids[i], StringComparison.Ordinal)) return null;
            }
            // The same ids in the same list order: the same permutation sorts them.
            var sorted = new T[facts.Count];
            // Through a span: a store into an array of a type parameter is otherwise checked item by item (arrays are covariant).
            var into = sorted.AsSpan();
            for (var k = 0; k < into.Length; k++) into[k] = facts[order.ListIndex[k]];
            _orders[className] = order;
            System.Threading.Interlocked.Increment(ref _ordersTakenUp);
            return sorted;
        }

        /// <summary>
        /// Keeps the order <paramref name="className"/>'s facts were sorted in: ids sorted, and where each was in the list (the
        /// sorted id at <c>k</c> was at <c>listIndex[k]</c>).
        /// </summary>
        public void KeepOrder(string className, string[] sortedIds, int[] listIndex, bool namesFree)
        {
            var ids = new string[sortedIds.Length];
            for (var k = 0; k < ids.Length; k++) ids[listIndex[k]] = sortedIds[k];
            _orders[className] = new ClassOrder(ids, listIndex, namesFree);
        }

        /// <summary>
        /// Whether <paramref name="actors"/> have the very ids, names and aliases, in the same order, that the last check found
        /// no shared name among: then none is shared now.
        /// </summary>
        public bool NamesApartAsLastTime(List<ActorSpec> actors)
        {
            var last = _lastActorsWithNamesApart;
            if (last == null || last.Count != actors.Count) return false;
            for (var i = 0; i < actors.Count; i++)
            {
                var (now, then) = (actors[i], last[i]);
                if (!ReferenceEquals(now, then) && (now.Id.Id != then.Id.Id || now.Name != then.Name || !now.Aliases.Equals(then.Aliases))) return false;
            }
            _actorsWithNamesApart = actors;
            TookUpNamesApart = true;
            return true;
        }

        /// <summary>Whether this check took up that no two actors share a name (for tests).</summary>
        public bool TookUpNamesApart { get; private set; }

        /// <summary>Keeps <paramref name="actors"/> for the next check: no two of them share a name.</summary>
        public void KeepNamesApart(List<ActorSpec> actors) => _actorsWithNamesApart = actors;

        /// <summary>Offers what this check worked out (id table, orders, actors with names apart) to the next check.</summary>
        public void Complete() => LastCheck<IdentityReuse>.Set(this);

        private sealed class ClassOrder
        {
            public ClassOrder(string[] ids, int[] listIndex, bool namesFree)
            {
                Ids = ids;
                ListIndex = listIndex;
                NamesFree = namesFree;
            }

            /// <summary>The ids in list order.</summary>
            public string[] Ids { get; }

            /// <summary>Where the sorted id at each position was in the list.</summary>
            public int[] ListIndex { get; }

            public bool NamesFree { get; }
        }
    }
}
