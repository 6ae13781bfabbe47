using System;
using System.Collections.Generic;
using System.Threading;

namespace Curata.Knowledge.Storage
{
    /// <summary>
    /// A reverse index the generator precomputed (for example, speaker → statements): for each key, a run of items in the
    /// fact table. Each key's list is built on first use and kept.
    /// </summary>
    internal sealed class FactIndex<T> where T : class
    {
        private readonly FactTableReader _reader;
        private readonly int _keyCount;
        private readonly int _starts;
        private readonly int _items;
        private readonly int _width;
        private readonly Func<int[], T> _resolve;
        private readonly IReadOnlyList<T>?[] _cache;

        /// <param name="reader">The table.</param>
        /// <param name="section">Where the index starts: key count, then key count + 1 run starts, then the items.</param>
        /// <param name="width">How many numbers make one item (a participation is an event and a position).</param>
        /// <param name="resolve">Turns one item's numbers into the value.</param>
        public FactIndex(FactTableReader reader, int section, int width, Func<int[], T> resolve)
        {
            _reader = reader;
            _keyCount = reader.Int32(section);
            _starts = section + 4;
            _items = _starts + 4 * (_keyCount + 1);
            _width = width;
            _resolve = resolve;
            _cache = new IReadOnlyList<T>?[_keyCount];
        }

        public IReadOnlyList<T> this[int key]
        {
            get
            {
                if (key < 0 || key >= _keyCount) return Array.Empty<T>();
                var cached = Volatile.Read(ref _cache[key]);
                if (cached != null) return cached;
                var start = _reader.Int32(_starts + 4 * key);
                var end = _reader.Int32(_starts + 4 * (key + 1));
                var values = new T[end - start];
                var numbers = new int[_width];
                for (var i = 0; i < values.Length; i++)
                {
                    for (var j = 0; j < _width; j++) numbers[j] = _reader.Int32(_items + 4 * ((start + i) * _width + j));
                    values[i] = _resolve(numbers);
                }
                return Interlocked.CompareExchange(ref _cache[key], values, null) ?? values;
            }
        }
    }
}
