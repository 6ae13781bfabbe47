using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Curata.Knowledge.Storage
{
    /// <summary>
    /// A read-only list whose items are decoded on first access and then kept, so a query touches only the facts it reads.
    /// Each item is created at most once as seen by callers (a racing duplicate is discarded), so reference equality holds.
    /// </summary>
    internal sealed class LazyList<T> : IReadOnlyList<T> where T : class
    {
        private readonly T?[] _items;
        private readonly Func<int, T> _create;

        public LazyList(int count, Func<int, T> create)
        {
            _items = new T?[count];
            _create = create;
        }

        public int Count => _items.Length;

        public T this[int index]
        {
            get
            {
                var item = Volatile.Read(ref _items[index]);
                if (item != null) return item;
                var created = _create(index);
                return Interlocked.CompareExchange(ref _items[index], created, null) ?? created;
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < _items.Length; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A list of items of a lazily decoded list, by position.</summary>
    internal sealed class IndexedList<T> : IReadOnlyList<T>
    {
        private readonly IReadOnlyList<T> _source;
        private readonly int[] _positions;

        public IndexedList(IReadOnlyList<T> source, int[] positions)
        {
            _source = source;
            _positions = positions;
        }

        public int Count => _positions.Length;

        public T this[int index] => _source[_positions[index]];

        public IEnumerator<T> GetEnumerator()
        {
            foreach (var position in _positions) yield return _source[position];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A read-only view of a list of facts as a more specific type (a declared kind's generated class).</summary>
    internal sealed class CastList<T> : IReadOnlyList<T> where T : class
    {
        private readonly IReadOnlyList<object> _source;

        public CastList(IReadOnlyList<object> source) => _source = source;

        public int Count => _source.Count;

        public T this[int index] => (T)_source[index];

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < _source.Count; i++) yield return (T)_source[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
