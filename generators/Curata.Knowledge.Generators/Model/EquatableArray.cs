using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// An immutable array compared by its elements, so models that hold lists stay equatable and the incremental pipeline can
    /// tell that nothing changed.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        private readonly T[]? _items;

        public EquatableArray(T[] items) => _items = items;

        public EquatableArray(IEnumerable<T> items) => _items = items.ToArray();

        public int Count => _items?.Length ?? 0;

        public T this[int index] => _items![index];

        public bool Equals(EquatableArray<T> other)
        {
            var left = _items ?? Array.Empty<T>();
            var right = other._items ?? Array.Empty<T>();
            if (ReferenceEquals(left, right)) return true;
            if (left.Length != right.Length) return false;
            for (var i = 0; i < left.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i])) return false;
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in _items ?? Array.Empty<T>()) hash = unchecked(hash * 31 + (item?.GetHashCode() ?? 0));
            return hash;
        }

        /// <summary>
        /// The items <paramref name="keep"/> accepts, in order. It is asked of every item (it may report what it rejects); when it
        /// accepts them all, the result is this very array, so checking a model that is already valid copies nothing.
        /// </summary>
        public EquatableArray<T> Filtered(Func<T, bool> keep) => Filtered(keep, static (keep, item) => keep(item));

        /// <summary>
        /// <see cref="Filtered(Func{T, bool})"/> with what <paramref name="keep"/> needs passed in: a static lambda over
        /// <paramref name="state"/> allocates nothing, where a closure would be made for every list of every fact checked.
        /// </summary>
        public EquatableArray<T> Filtered<TState>(TState state, Func<TState, T, bool> keep) =>
            Revised((state, keep), static (s, item) => (s.keep(s.state, item), item));

        /// <summary>
        /// The items <paramref name="revise"/> keeps, each as it gives it back, in order. It is asked of every item (it may report
        /// what it rejects); when it keeps every item as it was (the same instance), the result is this very array.
        /// </summary>
        public EquatableArray<T> Revised(Func<T, (bool Keep, T Item)> revise) => Revised(revise, static (revise, item) => revise(item));

        /// <summary><see cref="Revised(Func{T, ValueTuple{bool, T}})"/> with what <paramref name="revise"/> needs passed in (see <see cref="Filtered{TState}"/>).</summary>
        public EquatableArray<T> Revised<TState>(TState state, Func<TState, T, (bool Keep, T Item)> revise)
        {
            var items = _items ?? Array.Empty<T>();
            List<T>? revised = null;
            for (var i = 0; i < items.Length; i++)
            {
                var (keep, item) = revise(state, items[i]);
                if (revised == null && !(keep && IsSame(item, items[i])))
                {
                    revised = new List<T>(items.Length);
                    for (var j = 0; j < i; j++) revised.Add(items[j]);
                }
                if (keep) revised?.Add(item);
            }
            return revised == null ? this : new EquatableArray<T>(revised.ToArray());
        }

        /// <summary>True when both wrap the same array: nothing was revised (cheaper than comparing the items).</summary>
        public bool IsSameArray(EquatableArray<T> other) => ReferenceEquals(_items ?? Array.Empty<T>(), other._items ?? Array.Empty<T>());

        private static bool IsSame(T left, T right) =>
            typeof(T).IsValueType ? EqualityComparer<T>.Default.Equals(left, right) : ReferenceEquals(left, right);

        /// <summary>
        /// A struct: <c>foreach</c> over an array allocates nothing. Every stage walks the models' arrays, for every fact, on
        /// every run; an enumerator object for each walk added up to megabytes per check.
        /// </summary>
        public Enumerator GetEnumerator() => new Enumerator(_items ?? Array.Empty<T>());

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

        /// <summary>Walks the items in order.</summary>
        public struct Enumerator
        {
            private readonly T[] _items;
            private int _index;

            internal Enumerator(T[] items)
            {
                _items = items;
                _index = -1;
            }

            public T Current => _items[_index];

            public bool MoveNext() => ++_index < _items.Length;
        }
    }

    /// <summary>
    /// Gathers the items read from a JSON array whose length is known: one array of that length, trimmed only when some were
    /// dropped, and none at all for none. A list per array read (and its growth) was most of what reading allocated besides
    /// the models themselves.
    /// </summary>
    internal struct EquatableArrayBuilder<T> where T : IEquatable<T>
    {
        private readonly T[]? _items;
        private int _count;

        /// <param name="capacity">The most items that will be added.</param>
        public EquatableArrayBuilder(int capacity)
        {
            _items = capacity == 0 ? null : new T[capacity];
            _count = 0;
        }

        public void Add(T item) => _items![_count++] = item;

        public EquatableArray<T> ToEquatableArray()
        {
            if (_count == 0) return EquatableArray<T>.Empty;
            if (_count == _items!.Length) return new EquatableArray<T>(_items);
            var trimmed = new T[_count];
            Array.Copy(_items, trimmed, _count);
            return new EquatableArray<T>(trimmed);
        }
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) where T : IEquatable<T> => new EquatableArray<T>(items);
    }
}
