namespace Curata.Knowledge.Generators.Model
{
    /// <summary>A partial date as read from the file; it has already been checked against the calendar.</summary>
    internal sealed record DateSpec(int Year, int? Month, int? Day, bool IsApproximate, LocationInfo Location)
    {
        /// <summary>The first day the date may denote, as a sortable number (yyyymmdd).</summary>
        public int EarliestKey => Year * 10000 + (Month ?? 1) * 100 + (Day ?? 1);

        /// <summary>The last day the date may denote, as a sortable number (yyyymmdd).</summary>
        public int LatestKey => Year * 10000 + (Month ?? 12) * 100 + (Day ?? 31);

        public override string ToString() =>
            (IsApproximate ? "~" : "") + Year.ToString("D4") + (Month is int m ? "-" + m.ToString("D2") : "") + (Day is int d ? "-" + d.ToString("D2") : "");
    }

    /// <summary>A single date (From == To, IsSingleDate) or an interval with optional ends.</summary>
    internal sealed record SpanSpec(DateSpec? From, DateSpec? To, bool IsSingleDate, LocationInfo Location);

    /// <summary>A count: any of low, best and high.</summary>
    internal sealed record CountSpec(int? Low, int? Best, int? High, LocationInfo Location);
}
