using System;
using System.Globalization;

// Also compiled into the generator (in its own namespace), so build-time checks compare dates exactly as the runtime does.
#if KNOWLEDGE_GENERATOR
namespace Curata.Knowledge.Generators.Model
#else
namespace Curata.Knowledge
#endif
{
    /// <summary>
    /// A calendar date known to the year, month or day, possibly approximate ("~2011").
    /// Two comparisons: <see cref="CompareCertainly(PartialDate)"/> never claims more than the data says ("2024-02" is neither
    /// before nor after "2024-02-02"); <see cref="CompareTo(PartialDate)"/> is a total order for sorting (OrderBy, Min, Max),
    /// which puts those two in a fixed order without claiming which came first.
    /// </summary>
    public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable
    {
        /// <summary>Creates a date; leave out <paramref name="month"/> or <paramref name="day"/> for a coarser precision.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The parts do not form a real calendar date.</exception>
        public PartialDate(int year, int? month = null, int? day = null, bool isApproximate = false)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year));
            if (day != null && month == null) throw new ArgumentException("A day needs a month.", nameof(day));
            if (month != null && (month < 1 || month > 12)) throw new ArgumentOutOfRangeException(nameof(month));
            if (day != null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) throw new ArgumentOutOfRangeException(nameof(day));
            Year = year;
            Month = month;
            Day = day;
            IsApproximate = isApproximate;
            TimeOfDay = null;
            UtcOffset = null;
            _hasSeconds = false;
        }

        /// <summary>
        /// Creates a date with a time of day (<c>2022-06-03T14:00Z</c>), known to the minute or, with <paramref name="hasSeconds"/>,
        /// to the second, and with the offset from UTC when the source gives one.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The parts do not form a real calendar date and time.</exception>
        public PartialDate(int year, int month, int day, TimeSpan timeOfDay, TimeSpan? utcOffset = null, bool hasSeconds = false, bool isApproximate = false)
            : this(year, month, day, isApproximate)
        {
            if (timeOfDay < TimeSpan.Zero || timeOfDay >= TimeSpan.FromDays(1)) throw new ArgumentOutOfRangeException(nameof(timeOfDay));
            if (utcOffset is TimeSpan offset && (offset.Duration() > TimeSpan.FromHours(14) || offset.Seconds != 0)) throw new ArgumentOutOfRangeException(nameof(utcOffset));
            TimeOfDay = hasSeconds ? new TimeSpan(timeOfDay.Hours, timeOfDay.Minutes, timeOfDay.Seconds) : new TimeSpan(timeOfDay.Hours, timeOfDay.Minutes, 0);
            UtcOffset = utcOffset;
            _hasSeconds = hasSeconds;
        }

        private readonly bool _hasSeconds;

        /// <summary>The time of day, when the source gives one (to the minute or second: see <see cref="Precision"/>).</summary>
        public TimeSpan? TimeOfDay { get; }

        /// <summary>The offset from UTC of <see cref="TimeOfDay"/>, when the source gives one (<c>Z</c> is zero).</summary>
        public TimeSpan? UtcOffset { get; }

        /// <summary>The year.</summary>
        public int Year { get; }

        /// <summary>The month (1-12), when known.</summary>
        public int? Month { get; }

        /// <summary>The day of the month, when known.</summary>
        public int? Day { get; }

        /// <summary>True when the source gives the date only roughly.</summary>
        public bool IsApproximate { get; }

        /// <summary>How much of the date is known.</summary>
        public DatePrecision Precision => TimeOfDay != null ? (_hasSeconds ? DatePrecision.Second : DatePrecision.Minute)
            : Day != null ? DatePrecision.Day : Month != null ? DatePrecision.Month : DatePrecision.Year;

        /// <summary>
        /// The first day the date may denote. An approximate date is widened by one unit of its precision on each side
        /// ("~2011" may be any day of 2010 to 2012).
        /// </summary>
        public DateTime Earliest
        {
            get
            {
                var start = new DateTime(Year, Month ?? 1, Day ?? 1);
                return IsApproximate ? Step(start, -1) : start;
            }
        }

        /// <summary>The last day the date may denote (see <see cref="Earliest"/> for approximate dates).</summary>
        public DateTime Latest
        {
            get
            {
                var start = new DateTime(Year, Month ?? 1, Day ?? 1);
                var next = Step(start, IsApproximate ? 2 : 1);
                return next == DateTime.MaxValue.Date ? next : next.AddDays(-1);
            }
        }

        // Moves by whole units of the date's precision, clamped to the calendar DateTime can hold.
        private DateTime Step(DateTime value, int units)
        {
            switch (Precision)
            {
                case DatePrecision.Day:
                case DatePrecision.Minute:
                case DatePrecision.Second:
                    // A time of day does not narrow Earliest and Latest below whole days: the offset may move it across midnight.
                    var ticks = value.Ticks + TimeSpan.TicksPerDay * units;
                    return ticks < DateTime.MinValue.Ticks ? DateTime.MinValue : ticks > DateTime.MaxValue.Ticks ? DateTime.MaxValue.Date : new DateTime(ticks);
                case DatePrecision.Month:
                    var months = Math.Min(Math.Max(value.Year * 12 + value.Month - 1 + units, 12), 9999 * 12 + 11);
                    return months == 9999 * 12 + 11 && units > 0 ? DateTime.MaxValue.Date : new DateTime(months / 12, months % 12 + 1, 1);
                default:
                    var year = value.Year + units;
                    return year > 9999 ? DateTime.MaxValue.Date : new DateTime(Math.Max(1, year), 1, 1);
            }
        }

        /// <summary>
        /// Compares honestly: <see cref="TemporalOrder.Before"/> or <see cref="TemporalOrder.After"/> only when the periods the two
        /// dates may denote do not overlap. "2024-02" against "2024-02-02" is <see cref="TemporalOrder.Undetermined"/>.
        /// </summary>
        public TemporalOrder CompareCertainly(PartialDate other)
        {
            if (Latest < other.Earliest) return TemporalOrder.Before;
            if (Earliest > other.Latest) return TemporalOrder.After;
            if (Equals(other) && !IsApproximate) return TemporalOrder.Same;
            return TemporalOrder.Undetermined;
        }

        /// <summary>True only when this date is certainly before <paramref name="other"/>.</summary>
        public bool IsDefinitelyBefore(PartialDate other) => CompareCertainly(other) == TemporalOrder.Before;

        /// <summary>True only when this date is certainly after <paramref name="other"/>.</summary>
        public bool IsDefinitelyAfter(PartialDate other) => CompareCertainly(other) == TemporalOrder.After;

        /// <summary>
        /// A total order for sorting, not a claim about which came first (ask <see cref="CompareCertainly(PartialDate)"/>):
        /// by the first day the date names as written (2024-02 names 2024-02-01; "~" ignored), then coarser precision first
        /// (2024, 2024-01, 2024-01-01), then exact before approximate. It agrees with the honest order (a date certainly
        /// before another always sorts first) and with equality (0 exactly when <see cref="Equals(PartialDate)"/>).
        /// </summary>
        public int CompareTo(PartialDate other)
        {
            var order = Year.CompareTo(other.Year);
            if (order == 0) order = (Month ?? 1).CompareTo(other.Month ?? 1);
            if (order == 0) order = (Day ?? 1).CompareTo(other.Day ?? 1);
            if (order == 0) order = Nullable.Compare(UtcTime, other.UtcTime);
            if (order == 0) order = Precision.CompareTo(other.Precision);
            if (order == 0) order = Nullable.Compare(UtcOffset, other.UtcOffset);
            if (order == 0) order = IsApproximate.CompareTo(other.IsApproximate);
            return order;
        }

        /// <summary>The total order of <see cref="CompareTo(PartialDate)"/>; null sorts first.</summary>
        /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="PartialDate"/>.</exception>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            PartialDate other => CompareTo(other),
            _ => throw new ArgumentException("A PartialDate compares only with a PartialDate.", nameof(obj)),
        };

        /// <summary>True when the date may denote <paramref name="day"/>.</summary>
        public bool MayBe(DateTime day) => day.Date >= Earliest && day.Date <= Latest;

        /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>, optionally prefixed by <c>~</c>.</summary>
        /// <exception cref="FormatException">The text is not such a date.</exception>
        public static PartialDate Parse(string text) =>
            TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a partial date (yyyy, yyyy-MM or yyyy-MM-dd, optionally prefixed by ~).");

        // The time of day within its day, as far as it is known in UTC (a local time is taken as it stands), for sorting.
        private TimeSpan? UtcTime => TimeOfDay is TimeSpan time ? time - (UtcOffset ?? TimeSpan.Zero) : null;

        /// <summary>
        /// Reads a time of day written after a full date: <c>THH:mm</c> or <c>THH:mm:ss</c>, optionally followed by <c>Z</c> or an
        /// offset such as <c>+03:00</c>. Shared with the generator's date reader.
        /// </summary>
        internal static bool TryParseTime(string text, int start, out TimeSpan time, out TimeSpan? offset, out bool hasSeconds)
        {
            time = default;
            offset = null;
            hasSeconds = false;
            if (text.Length < start + 6 || text[start] != 'T' || text[start + 3] != ':'
                || !TryDigits(text, start + 1, 2, out var hours) || !TryDigits(text, start + 4, 2, out var minutes) || hours > 23 || minutes > 59) return false;
            var at = start + 6;
            var seconds = 0;
            if (at < text.Length && text[at] == ':')
            {
                if (text.Length < at + 3 || !TryDigits(text, at + 1, 2, out seconds) || seconds > 59) return false;
                hasSeconds = true;
                at += 3;
            }
            time = new TimeSpan(hours, minutes, seconds);
            if (at == text.Length) return true;
            if (text[at] == 'Z')
            {
                offset = TimeSpan.Zero;
                return at + 1 == text.Length;
            }
            if ((text[at] != '+' && text[at] != '-') || text.Length != at + 6 || text[at + 3] != ':'
                || !TryDigits(text, at + 1, 2, out var offsetHours) || !TryDigits(text, at + 4, 2, out var offsetMinutes) || offsetMinutes > 59) return false;
            var value = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (value > TimeSpan.FromHours(14)) return false;
            offset = text[at] == '-' ? -value : value;
            return true;
        }

        /// <summary>
        /// Tries to parse <c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm[:ss][Z|±HH:mm]</c>, optionally
        /// prefixed by <c>~</c>.
        /// </summary>
        public static bool TryParse(string? text, out PartialDate date)
        {
            date = default;
            if (text == null) return false;
            var approximate = text.StartsWith("~", StringComparison.Ordinal);
            var body = approximate ? text.Substring(1) : text;
            if (body.Length > 10 && body[10] == 'T')
            {
                if (!TryParse(body.Substring(0, 10), out var calendar) || !TryParseTime(body, 10, out var time, out var offset, out var seconds)) return false;
                date = new PartialDate(calendar.Year, calendar.Month!.Value, calendar.Day!.Value, time, offset, seconds, approximate);
                return true;
            }
            if (body.Length != 4 && body.Length != 7 && body.Length != 10) return false;
            if (!TryDigits(body, 0, 4, out var year) || year < 1) return false;
            int? month = null, day = null;
            if (body.Length >= 7)
            {
                if (body[4] != '-' || !TryDigits(body, 5, 2, out var m) || m < 1 || m > 12) return false;
                month = m;
            }
            if (body.Length == 10)
            {
                if (body[7] != '-' || !TryDigits(body, 8, 2, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value)) return false;
                day = d;
            }
            date = new PartialDate(year, month, day, approximate);
            return true;
        }

        // Shared with the generator's date reader, which compiles this file too.
        internal static bool TryDigits(string text, int start, int length, out int value)
        {
            value = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c < '0' || c > '9') return false;
                value = value * 10 + (c - '0');
            }
            return true;
        }

        /// <summary>The date in the knowledge format: <c>2024</c>, <c>2024-02</c>, <c>2024-02-07</c>, <c>~2011</c>.</summary>
        public override string ToString()
        {
            var text = Year.ToString("D4", CultureInfo.InvariantCulture);
            if (Month != null) text += "-" + Month.Value.ToString("D2", CultureInfo.InvariantCulture);
            if (Day != null) text += "-" + Day.Value.ToString("D2", CultureInfo.InvariantCulture);
            if (TimeOfDay is TimeSpan time)
            {
                text += "T" + time.ToString(_hasSeconds ? @"hh\:mm\:ss" : @"hh\:mm", CultureInfo.InvariantCulture);
                if (UtcOffset is TimeSpan offset)
                    text += offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
            }
            return IsApproximate ? "~" + text : text;
        }

        /// <inheritdoc/>
        public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day && IsApproximate == other.IsApproximate
            && TimeOfDay == other.TimeOfDay && UtcOffset == other.UtcOffset && _hasSeconds == other._hasSeconds;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (((Year * 13 + (Month ?? 0)) * 32 + (Day ?? 0)) * 2 + (IsApproximate ? 1 : 0)) ^ (TimeOfDay?.GetHashCode() ?? 0) ^ (UtcOffset?.GetHashCode() ?? 0) * 7;

        /// <summary>Structural equality (not temporal: see <see cref="CompareCertainly(PartialDate)"/>).</summary>
        public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

        /// <summary>Structural inequality.</summary>
        public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);
    }
}
