using System;
using System.Globalization;

namespace Curata.Knowledge
{
    /// <summary>
    /// Dates and spans as a reader says them, keeping exactly the precision the data has: "7 February 2024", "February 2024",
    /// "around 2014", "from October 2023", "since 2003", "3 June 2022 at 14:00 UTC". One wording for every place that shows
    /// dates to people (the explorer's pages, the sample's briefing), so they never disagree.
    /// </summary>
    public static class DateWords
    {
        private static readonly string[] MonthNames =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        };

        /// <summary>The name of a month (1-12) in English.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is not 1-12.</exception>
        public static string MonthName(int month) =>
            month >= 1 && month <= 12 ? MonthNames[month - 1] : throw new ArgumentOutOfRangeException(nameof(month));

        /// <summary>
        /// The date in words: "2024", "February 2024", "7 February 2024", with "around" before an approximate one, and a time of
        /// day as "at 14:00 UTC", "at 06:40 UTC+2" or "at 21:30 local time" (when the source gives no offset).
        /// </summary>
        public static string ToWords(this PartialDate date) => (date.IsApproximate ? "around " : "") + Calendar(date);

        /// <summary>
        /// The span in words: a single date as <see cref="ToWords(PartialDate)"/>; "from 29 January to 4 February 2024";
        /// an open end as "from October 2023" (or "since 2003" for a year); an open start as "until 7 February 2024".
        /// </summary>
        public static string ToWords(this DateSpan span)
        {
            if (span.IsSingleDate) return span.From!.Value.ToWords();
            if (span.From is PartialDate from && span.To is PartialDate to) return "from " + StartWithinSameYear(from, to) + " to " + to.ToWords();
            if (span.From is PartialDate start) return (start.Precision == DatePrecision.Year ? "since " : "from ") + start.ToWords();
            if (span.To is PartialDate end) return "until " + end.ToWords();
            return "at an unknown time";
        }

        /// <summary>
        /// A span read as the time of one moment somewhere within it, such as when something was said: "between 2 and 7
        /// February 2024", "by 7 February 2024", "on or after 17 October 2023"; a single date as <see cref="ToWords(PartialDate)"/>.
        /// </summary>
        public static string ToMomentWords(this DateSpan span)
        {
            if (span.IsSingleDate) return span.From!.Value.ToWords();
            if (span.From is PartialDate from && span.To is PartialDate to) return "between " + StartWithinSameYear(from, to) + " and " + to.ToWords();
            if (span.From is PartialDate start) return "on or after " + start.ToWords();
            if (span.To is PartialDate end) return "by " + end.ToWords();
            return "at an unknown time";
        }

        // "from 29 January to 4 February 2024": the year is said once when both ends are exact days or months of the same year.
        private static string StartWithinSameYear(PartialDate from, PartialDate to)
        {
            var sameYear = from.Year == to.Year && !from.IsApproximate && !to.IsApproximate && from.TimeOfDay == null
                && from.Precision is DatePrecision.Day or DatePrecision.Month && to.Precision is DatePrecision.Day or DatePrecision.Month;
            if (!sameYear) return from.ToWords();
            return from.Day is int day ? $"{day} {MonthName(from.Month!.Value)}" : MonthName(from.Month!.Value);
        }

        private static string Calendar(PartialDate date)
        {
            var year = date.Year.ToString(CultureInfo.InvariantCulture);
            if (date.Month is not int month) return year;
            if (date.Day is not int day) return $"{MonthName(month)} {year}";
            var text = $"{day} {MonthName(month)} {year}";
            return date.TimeOfDay is TimeSpan time ? text + " at " + TimeWords(time, date.UtcOffset, date.Precision == DatePrecision.Second) : text;
        }

        private static string TimeWords(TimeSpan time, TimeSpan? offset, bool hasSeconds)
        {
            var clock = time.ToString(hasSeconds ? @"hh\:mm\:ss" : @"hh\:mm", CultureInfo.InvariantCulture);
            if (offset is not TimeSpan utcOffset) return clock + " local time";
            if (utcOffset == TimeSpan.Zero) return clock + " UTC";
            var sign = utcOffset < TimeSpan.Zero ? "-" : "+";
            var magnitude = utcOffset.Duration();
            var hours = magnitude.Hours.ToString(CultureInfo.InvariantCulture);
            return $"{clock} UTC{sign}{(magnitude.Minutes == 0 ? hours : hours + ":" + magnitude.Minutes.ToString("D2", CultureInfo.InvariantCulture))}";
        }
    }
}
