using System;
using System.Collections.Generic;
using System.Linq;

namespace Curata.Knowledge
{
    /// <summary>Orders dated facts without pretending partial dates are more precise than they are.</summary>
    public static class Timeline
    {
        /// <summary>
        /// Events by the first day each may have started, then by the last day it may have ended, then by id; undated events
        /// come last. Two events that overlap keep this order only as a convention: use
        /// <see cref="DateSpan.CompareCertainly(DateSpan)"/> to ask whether one certainly came first.
        /// </summary>
        public static IEnumerable<Event> Order(IEnumerable<Event> events) =>
            events.OrderBy(e => e.Date == null)
                .ThenBy(e => e.Date?.Earliest ?? DateTime.MinValue)
                .ThenBy(e => e.Date?.Latest ?? DateTime.MaxValue)
                .ThenBy(e => e.Id, StringComparer.Ordinal);
    }
}
