using System.ComponentModel;
using System.Globalization;

namespace Curata.Knowledge
{
    /// <summary>
    /// A number as honest as its source: a lower bound ("more than 160"), a range ("tens of thousands"), a best figure, or all three.
    /// </summary>
    public sealed class EstimatedCount
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
