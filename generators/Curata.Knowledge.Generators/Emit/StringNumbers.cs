using System;
using System.Collections.Generic;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// Each string of a written fact table's number, by value (<see cref="WrittenFactTable.StringNumbers"/>). A write after an
    /// edit changes a few numbers of hundreds of thousands, so it keeps the last write's numbers as they are, shared, and
    /// notes only what changed since they were made: copying all of them cost such a write 7 to 65 ms at 100,000 facts here.
    /// </summary>
    internal sealed class StringNumbers
    {
        // Marks a string that is no longer in the table.
        private const int Gone = -1;
        private readonly Dictionary<string, int> _shared;
        private readonly Dictionary<string, int> _changes;

        private StringNumbers(Dictionary<string, int> shared, Dictionary<string, int> changes)
        {
            _shared = shared;
            _changes = changes;
        }

        /// <summary>A fresh write's numbers, which it hands over and no longer changes.</summary>
        public static StringNumbers Of(Dictionary<string, int> numbers) =>
            new StringNumbers(numbers, new Dictionary<string, int>(StringComparer.Ordinal));

        /// <summary>The number of <paramref name="value"/>, if it is a string of the table.</summary>
        public bool TryGetValue(string value, out int number)
        {
            if (_changes.TryGetValue(value, out number)) return number != Gone;
            return _shared.TryGetValue(value, out number);
        }

        /// <summary>
        /// These numbers after a write that numbered the strings <paramref name="now"/>, where the last had <paramref name="was"/>
        /// (each by number). A string kept from the last write is its very instance, and one it did not have is none it had.
        /// </summary>
        public StringNumbers After(string?[] was, string?[] now)
        {
            var changes = new Dictionary<string, int>(_changes, StringComparer.Ordinal);
            var next = new StringNumbers(_shared, changes);
            for (var number = 0; number < Math.Max(was.Length, now.Length); number++)
            {
                var before = number < was.Length ? was[number] : null;
                var after = number < now.Length ? now[number] : null;
                if (ReferenceEquals(before, after)) continue;
                if (before != null && next.TryGetValue(before, out var kept) && kept == number) changes[before] = Gone;
                if (after != null) changes[after] = number;
            }
            // Edit after edit, the changes grow; once they are a quarter of the shared numbers, looking twice costs more than
            // one copy.
            return changes.Count > _shared.Count / 4 ? Of(next.Flattened()) : next;
        }

        private Dictionary<string, int> Flattened()
        {
            var numbers = new Dictionary<string, int>(_shared.Count + _changes.Count, StringComparer.Ordinal);
            foreach (var pair in _shared)
            {
                if (!_changes.ContainsKey(pair.Key)) numbers.Add(pair.Key, pair.Value);
            }
            foreach (var pair in _changes)
            {
                if (pair.Value != Gone) numbers.Add(pair.Key, pair.Value);
            }
            return numbers;
        }
    }
}
