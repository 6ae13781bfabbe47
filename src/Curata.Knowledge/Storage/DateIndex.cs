using System;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge.Storage
{
    /// <summary>
    /// Dated facts sorted by the first day each may denote (precomputed by the generator), so a range query costs a binary
    /// search plus the facts near the range, not a scan of everything. Facts with an open end reach every later range and are
    /// kept apart.
    /// </summary>
    internal sealed class DateIndex<T> where T : class
    {
        private readonly IReadOnlyList<T> _facts;
        private readonly int[] _boundedIndex;
        private readonly int[] _boundedEarliest;
        private readonly int[] _boundedLatest;
        private readonly (int Earliest, int Index)[] _openEnded;
        private readonly int _longest;

        /// <param name="reader">The table.</param>
        /// <param name="section">Count, then (fact index, earliest day, latest day) sorted by earliest day.</param>
        /// <param name="facts">The facts the index points into.</param>
        public DateIndex(FactTableReader reader, int section, IReadOnlyList<T> facts)
        {
            _facts = facts;
            var count = reader.Int32(section);
            var bounded = new List<(int Index, int Earliest, int Latest)>(count);
            var open = new List<(int, int)>();
            for (var i = 0; i < count; i++)
            {
                var at = section + 4 + 12 * i;
                var (index, earliest, latest) = (reader.Int32(at), reader.Int32(at + 4), reader.Int32(at + 8));
                if (latest == FactTableFormat.OpenEnd) open.Add((earliest, index));
                else bounded.Add((index, earliest, latest));
            }
            _boundedIndex = bounded.Select(b => b.Index).ToArray();
            _boundedEarliest = bounded.Select(b => b.Earliest).ToArray();
            _boundedLatest = bounded.Select(b => b.Latest).ToArray();
            _openEnded = open.ToArray();
            _longest = bounded.Count == 0 ? 0 : bounded.Max(b => b.Earliest == FactTableFormat.OpenStart ? int.MaxValue / 2 : b.Latest - b.Earliest);
        }

        /// <summary>Day number as the index stores it: days since 0001-01-01.</summary>
        public static int Day(DateTime date) => (int)(date.Ticks / TimeSpan.TicksPerDay);

        /// <summary>Facts dated within [<paramref name="from"/>, <paramref name="to"/>], in order of their first possible day.</summary>
        public IEnumerable<T> Between(DateTime from, DateTime to, DateCertainty certainty)
        {
            var (first, last) = (Day(from), Day(to));
            // Only facts starting at most `_longest` days before `first` can still reach into the range.
            var start = certainty == DateCertainty.Certainly ? first : (long)first - _longest < int.MinValue + 1 ? int.MinValue : first - _longest;
            var results = new List<(int Earliest, T Fact)>();
            for (var i = LowerBound(_boundedEarliest, start); i < _boundedEarliest.Length && _boundedEarliest[i] <= last; i++)
            {
                var inside = certainty == DateCertainty.Certainly
                    ? _boundedEarliest[i] >= first && _boundedLatest[i] <= last
                    : _boundedLatest[i] >= first;
                if (inside) results.Add((_boundedEarliest[i], _facts[_boundedIndex[i]]));
            }
            if (certainty == DateCertainty.Possibly)
            {
                results.AddRange(_openEnded.Where(x => x.Earliest <= last).Select(x => (x.Earliest, _facts[x.Index])));
            }
            return results.OrderBy(x => x.Earliest).Select(x => x.Fact);
        }

        private static int LowerBound(int[] values, int value)
        {
            int low = 0, high = values.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (values[middle] < value) low = middle + 1;
                else high = middle;
            }
            return low;
        }
    }
}
