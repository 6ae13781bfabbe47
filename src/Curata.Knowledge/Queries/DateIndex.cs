using System;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>
    /// Dated items sorted by the first day each may denote, so a range query costs a binary search plus the items near the
    /// range, not a scan of everything. Items with an open end (still going) are kept apart, since they reach every later range.
    /// </summary>
    internal sealed class DateIndex<T>
    {
        private readonly (DateTime Earliest, DateTime Latest, T Item)[] _bounded;
        private readonly (DateTime Earliest, T Item)[] _openEnded;
        private readonly TimeSpan _longest;

        public DateIndex(IEnumerable<T> items, Func<T, DateSpan?> date)
        {
            var dated = items.Select(item => (Item: item, Span: date(item))).Where(x => x.Span != null).ToArray();
            _bounded = dated.Where(x => x.Span!.Value.Latest != null)
                .Select(x => (x.Span!.Value.Earliest ?? DateTime.MinValue, x.Span!.Value.Latest!.Value, x.Item))
                .OrderBy(x => x.Item1).ToArray();
            _openEnded = dated.Where(x => x.Span!.Value.Latest == null)
                .Select(x => (x.Span!.Value.Earliest ?? DateTime.MinValue, x.Item)).OrderBy(x => x.Item1).ToArray();
            _longest = _bounded.Length == 0 ? TimeSpan.Zero : _bounded.Max(x => x.Latest - x.Earliest);
        }

        /// <summary>Items dated within [<paramref name="from"/>, <paramref name="to"/>], in order of their first possible day.</summary>
        public IEnumerable<T> Between(DateTime from, DateTime to, DateCertainty certainty)
        {
            // Only items starting at most `_longest` before `from` can still reach into the range.
            var start = certainty == DateCertainty.Certainly ? from : (from - DateTime.MinValue > _longest ? from - _longest : DateTime.MinValue);
            var results = new List<(DateTime, T)>();
            for (var i = LowerBound(_bounded, start); i < _bounded.Length && _bounded[i].Earliest <= to; i++)
            {
                var (earliest, latest, item) = _bounded[i];
                var inside = certainty == DateCertainty.Certainly ? earliest >= from && latest <= to : latest >= from;
                if (inside) results.Add((earliest, item));
            }
            if (certainty == DateCertainty.Possibly)
            {
                results.AddRange(_openEnded.Where(x => x.Earliest <= to).Select(x => (x.Earliest, x.Item)));
            }
            return results.OrderBy(x => x.Item1).Select(x => x.Item2);
        }

        private static int LowerBound((DateTime Earliest, DateTime Latest, T Item)[] items, DateTime value)
        {
            int low = 0, high = items.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (items[middle].Earliest < value) low = middle + 1;
                else high = middle;
            }
            return low;
        }
    }
}
