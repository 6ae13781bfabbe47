using System;
using System.ComponentModel;
using System.Globalization;

namespace Curata.Knowledge
{
    /// <summary>
    /// A number as honest as its source: a lower bound ("more than 160"), a range ("tens of thousands"), a best figure, or all three.
    /// Equal when the three figures are; sorted by <see cref="CompareTo(EstimatedCount)"/>.
    /// </summary>
    public sealed class EstimatedCount : IEquatable<EstimatedCount>, IComparable<EstimatedCount>, IComparable
    {
        /// <summary>Used by generated code.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public EstimatedCount(int? low, int? best, int? high)
        {
            Low = low;
            Best = best;
            High = high;
        }

        /// <summary>The lowest figure the source supports.</summary>
        public int? Low { get; }

        /// <summary>The figure the source gives as most likely.</summary>
        public int? Best { get; }

        /// <summary>The highest figure the source supports.</summary>
        public int? High { get; }

        /// <summary>The smallest value consistent with the source: <see cref="Low"/>, else <see cref="Best"/>, else 0.</summary>
        public int Minimum => Low ?? Best ?? 0;

        /// <summary>The largest value consistent with the source, or null when it gives no upper bound.</summary>
        public int? Maximum => High ?? (Low == null ? Best : null);

        /// <summary>True when the source gives one exact figure.</summary>
        public bool IsExact => Best != null && (Low == null || Low == Best) && (High == null || High == Best);

        /// <summary>
        /// A total order for sorting (OrderBy, Min, Max): by the figure the source gives as most likely (<see cref="Best"/>, else
        /// <see cref="Minimum"/>), then by <see cref="Minimum"/>, then by <see cref="Maximum"/> (no upper bound last), then by
        /// the figures given (a missing one first). 0 exactly when <see cref="Equals(EstimatedCount)"/>; null sorts first.
        /// </summary>
        public int CompareTo(EstimatedCount? other)
        {
            if (other is null) return 1;
            var order = (Best ?? Minimum).CompareTo(other.Best ?? other.Minimum);
            if (order == 0) order = Minimum.CompareTo(other.Minimum);
            if (order == 0) order = (Maximum ?? long.MaxValue).CompareTo(other.Maximum ?? long.MaxValue);
            if (order == 0) order = Nullable.Compare(Low, other.Low);
            if (order == 0) order = Nullable.Compare(Best, other.Best);
            if (order == 0) order = Nullable.Compare(High, other.High);
            return order;
        }

        /// <summary>The total order of <see cref="CompareTo(EstimatedCount)"/>.</summary>
        /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor an <see cref="EstimatedCount"/>.</exception>
        public int CompareTo(object? obj) => obj is null || obj is EstimatedCount
            ? CompareTo((EstimatedCount?)obj)
            : throw new ArgumentException("An EstimatedCount compares only with an EstimatedCount.", nameof(obj));

        /// <summary>True when <paramref name="other"/> gives the same low, best and high figures.</summary>
        public bool Equals(EstimatedCount? other) => other is not null && Low == other.Low && Best == other.Best && High == other.High;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as EstimatedCount);

        /// <inheritdoc/>
        public override int GetHashCode() => ((Low ?? -1) * 397 ^ (Best ?? -1)) * 397 ^ (High ?? -1);

        /// <summary>"16", "at least 161", "20000-99999", "about 16 (10-20)".</summary>
        public override string ToString()
        {
            static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
            if (IsExact) return N(Best!.Value);
            if (Best is int best) return Low == null && High == null ? N(best) : $"{N(best)} ({(Low is int l ? N(l) : "?")}-{(High is int h ? N(h) : "?")})";
            if (Low is int low && High is int high) return $"{N(low)}-{N(high)}";
            if (Low is int atLeast) return $"at least {N(atLeast)}";
            return High is int atMost ? $"at most {N(atMost)}" : "unknown";
        }
    }
}
