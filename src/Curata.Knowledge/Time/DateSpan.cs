using System;

namespace Curata.Knowledge
{
    /// <summary>
    /// When something happened or held: a single partial date, or an interval whose ends may each be open.
    /// <see cref="CompareCertainly(DateSpan)"/> says which certainly came first; <see cref="CompareTo(DateSpan)"/> is a total
    /// order for sorting (OrderBy, Min, Max).
    /// </summary>
    public readonly struct DateSpan : IEquatable<DateSpan>, IComparable<DateSpan>, IComparable
    {
        private DateSpan(PartialDate? from, PartialDate? to, bool isSingleDate)
        {
            From = from;
            To = to;
            IsSingleDate = isSingleDate;
        }

        /// <summary>A span that is one partial date: the thing happened at some point within it.</summary>
        public static DateSpan On(PartialDate date) => new DateSpan(date, date, true);

        /// <summary>An interval; leave an end null to keep it open.</summary>
        public static DateSpan Between(PartialDate? from, PartialDate? to) => new DateSpan(from, to, false);

        /// <summary>The start, or null when open (unknown or unbounded).</summary>
        public PartialDate? From { get; }

        /// <summary>The end, or null when open (still holding, or unknown).</summary>
        public PartialDate? To { get; }

        /// <summary>True when the span was given as one date rather than an interval.</summary>
        public bool IsSingleDate { get; }

        /// <summary>The first day the span may include, or null when it is open at the start.</summary>
        public DateTime? Earliest => From?.Earliest;

        /// <summary>The last day the span may include, or null when it is open at the end.</summary>
        public DateTime? Latest => To?.Latest;

        /// <summary>
        /// Whether the span certainly includes <paramref name="date"/>: <c>true</c> or <c>false</c> when the data settles it,
        /// <c>null</c> when partial dates leave it open.
        /// </summary>
        public bool? Contains(PartialDate date)
        {
            if (IsSingleDate)
            {
                var order = From!.Value.CompareCertainly(date);
                return order == TemporalOrder.Same ? true : order == TemporalOrder.Undetermined ? null : false;
            }
            if (From is PartialDate from && date.Latest < from.Earliest) return false;
            if (To is PartialDate to && date.Earliest > to.Latest) return false;
            // Certain only when the whole period the date may denote lies inside every reading of the span.
            var certainlyAfterStart = From is not PartialDate f || date.Earliest >= f.Latest;
            var certainlyBeforeEnd = To is not PartialDate t || date.Latest <= t.Earliest;
            return certainlyAfterStart && certainlyBeforeEnd ? true : null;
        }

        /// <summary>
        /// Compares two spans honestly: <see cref="TemporalOrder.Before"/> only when this one certainly ends before the other
        /// starts, <see cref="TemporalOrder.After"/> likewise, otherwise <see cref="TemporalOrder.Same"/> or <see cref="TemporalOrder.Undetermined"/>.
        /// </summary>
        public TemporalOrder CompareCertainly(DateSpan other)
        {
            if (Latest is DateTime end && other.Earliest is DateTime otherStart && end < otherStart) return TemporalOrder.Before;
            if (Earliest is DateTime start && other.Latest is DateTime otherEnd && start > otherEnd) return TemporalOrder.After;
            if (IsSingleDate && other.IsSingleDate) return From!.Value.CompareCertainly(other.From!.Value);
            return TemporalOrder.Undetermined;
        }

        /// <summary>
        /// A total order for sorting, not a claim about which came first (ask <see cref="CompareCertainly(DateSpan)"/>): by
        /// start, an open start first (it may reach back indefinitely), then by end, an open end last (it may still hold), each
        /// date in the order of <see cref="PartialDate.CompareTo(PartialDate)"/>; a single date before the interval from that
        /// date to itself. 0 exactly when <see cref="Equals(DateSpan)"/>.
        /// </summary>
        public int CompareTo(DateSpan other)
        {
            var order = Compare(From, other.From, openFirst: true);
            if (order == 0) order = Compare(To, other.To, openFirst: false);
            if (order == 0) order = other.IsSingleDate.CompareTo(IsSingleDate);
            return order;
        }

        /// <summary>The total order of <see cref="CompareTo(DateSpan)"/>; null sorts first.</summary>
        /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="DateSpan"/>.</exception>
        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            DateSpan other => CompareTo(other),
            _ => throw new ArgumentException("A DateSpan compares only with a DateSpan.", nameof(obj)),
        };

        private static int Compare(PartialDate? a, PartialDate? b, bool openFirst)
        {
            if (a is PartialDate x && b is PartialDate y) return x.CompareTo(y);
            if (a == null && b == null) return 0;
            return (a == null) == openFirst ? -1 : 1;
        }

        /// <summary>The span in the knowledge format: <c>2024-02-02</c>, <c>2023-10-17..</c>, <c>2010..2012</c>.</summary>
        public override string ToString() => IsSingleDate ? From!.Value.ToString() : $"{From}..{To}";

        /// <inheritdoc/>
        public bool Equals(DateSpan other) => Nullable.Equals(From, other.From) && Nullable.Equals(To, other.To) && IsSingleDate == other.IsSingleDate;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is DateSpan other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => (From.GetHashCode() * 31 + To.GetHashCode()) * 2 + (IsSingleDate ? 1 : 0);
    }
}
