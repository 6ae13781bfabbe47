using System.Globalization;

namespace Curata.Knowledge
{
    /// <summary>
    /// Counts as a reader says them, claiming no more than the source: "16", "more than 160", "between 20,000 and 99,999",
    /// "about 16, between 10 and 20". Shared by everything that shows counts to people.
    /// </summary>
    public static class CountWords
    {
        /// <summary>The count in words; "an unknown number" when the source gives no figure.</summary>
        public static string ToWords(this EstimatedCount count)
        {
            if (count.IsExact) return Number(count.Best!.Value);
            var range = count.Low is int low && count.High is int high ? $"between {Number(low)} and {Number(high)}"
                : count.Low is int atLeast ? $"at least {Number(atLeast)}"
                : count.High is int atMost ? $"at most {Number(atMost)}"
                : null;
            if (count.Best is int best) return range == null ? Number(best) : $"about {Number(best)}, {range}";
            return range ?? "an unknown number";
        }

        private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
