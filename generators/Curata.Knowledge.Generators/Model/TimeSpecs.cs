using System;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// A partial date as read from the file, optionally with a time of day (and its offset from UTC); it has already been
    /// checked against the calendar.
    /// </summary>
    internal sealed record DateSpec(int Year, int? Month, int? Day, bool IsApproximate, LocationInfo Location,
        TimeSpan? Time = null, TimeSpan? Offset = null, bool HasSeconds = false)
    {
        /// <summary>The same date as the runtime sees it, for honest comparisons.</summary>
        public PartialDate Value => Time is TimeSpan time
            ? new PartialDate(Year, Month!.Value, Day!.Value, time, Offset, HasSeconds, IsApproximate)
            : new PartialDate(Year, Month, Day, IsApproximate);

        public override string ToString() => Value.ToString();
    }

    /// <summary>A single date (From == To, IsSingleDate) or an interval with optional ends.</summary>
    internal sealed record SpanSpec(DateSpec? From, DateSpec? To, bool IsSingleDate, LocationInfo Location)
    {
        /// <summary>The first day the span may include, or null when open at the start.</summary>
        public DateTime? Earliest => From?.Value.Earliest;

        /// <summary>The last day the span may include, or null when open at the end.</summary>
        public DateTime? Latest => To?.Value.Latest;

        /// <summary>True when every day of this span certainly lies before every day of <paramref name="other"/>.</summary>
        public bool IsCertainlyBefore(SpanSpec other) => Latest is DateTime end && other.Earliest is DateTime start && end < start;

        public override string ToString() => IsSingleDate ? From!.ToString() : $"{From}..{To}";
    }

    /// <summary>A count: any of low, best and high.</summary>
    internal sealed record CountSpec(int? Low, int? Best, int? High, LocationInfo Location);
}
