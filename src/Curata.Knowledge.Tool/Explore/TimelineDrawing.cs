using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Explore
{
    /// <summary>
    /// The timeline: one row per dated event, each drawn on one shared time axis as what its date says. A day, a month or a year
    /// is a bar as long as that period; an approximate date adds hatched fringes for the unit it may be off by; an open end fades
    /// to the edge under an arrow; a time of day is placed on a 24-hour strip of its own, since a day is too thin on a scale of years.
    /// </summary>
    internal static class TimelineDrawing
    {
        private const double TrackWidth = 640;
        private const double BarTop = 5, BarHeight = 14, TrackHeight = 24;

        public static string Write(FactCatalog catalog)
        {
            var events = catalog.Spec.Events.Where(e => e.Date != null)
                .Select(e => (Event: e, Span: SpecDates.ToSpan(e.Date!)))
                .OrderBy(e => e.Span).ThenBy(e => e.Event.Id.Id, StringComparer.Ordinal).ToList();
            var body = new StringBuilder();
            body.Append("<p class=\"lead\">Every dated event, earliest first. Each bar covers the whole period its date names: a year, a month or a day. "
                + "Hatched ends mark dates the sources give only roughly; a bar that fades into an arrow has no known end or start.</p>\n");
            if (events.Count == 0) return body.Append("<p>No event has a date.</p>").ToString();
            var axis = Axis.Around(events.Select(e => e.Span));
            body.Append(Definitions).Append("<ol class=\"timeline\">\n<li class=\"axis-row\" aria-hidden=\"true\"><span class=\"what\"></span>")
                .Append(axis.Ruler()).Append("</li>\n");
            foreach (var (e, span) in events) body.Append(Row(catalog, e, span, axis));
            body.Append("</ol>\n");
            return body.ToString();
        }

        private static string Row(FactCatalog catalog, EventSpec e, DateSpan span, Axis axis)
        {
            var dates = span.IsSingleDate ? new[] { span.From!.Value } : new[] { span.From, span.To }.OfType<PartialDate>().ToArray();
            var classes = new List<string> { "timeline-item", "precision-" + dates.Max(d => d.Precision).ToString().ToLowerInvariant() };
            if (dates.Any(d => d.IsApproximate)) classes.Add("approximate");
            if (!span.IsSingleDate && span.From == null) classes.Add("open-start");
            if (!span.IsSingleDate && span.To == null) classes.Add("open-end");
            var timed = dates.Where(d => d.TimeOfDay != null).ToList();
            if (timed.Count > 0) classes.Add("has-time");
            var words = span.ToWords();
            var row = new StringBuilder();
            row.Append($"<li class=\"{string.Join(" ", classes)}\" data-fact=\"{e.Id.Id}\"><span class=\"what\">")
                .Append($"<a href=\"{FactCatalog.PagePath(e.Id.Id)}\">{Html.Text(catalog.Title(e.Id.Id))}</a>")
                .Append($"<span class=\"when\">{Html.Text(Html.Capitalise(words))}</span>");
            if (dates.Any(d => d.IsApproximate)) row.Append("<span class=\"flag approximate-flag\">approximate date</span>");
            if (classes.Contains("open-end")) row.Append("<span class=\"flag open-flag\">no known end</span>");
            if (classes.Contains("open-start")) row.Append("<span class=\"flag open-flag\">no known start</span>");
            row.Append("</span>").Append(Track(span, axis, words));
            foreach (var date in timed) row.Append(DayStrip(date));
            return row.Append("</li>\n").ToString();
        }

        private static string Track(DateSpan span, Axis axis, string words)
        {
            var svg = new StringBuilder();
            svg.Append($"<svg class=\"track\" viewBox=\"0 0 {Num(TrackWidth)} {Num(TrackHeight)}\" width=\"{Num(TrackWidth)}\" height=\"{Num(TrackHeight)}\" role=\"img\" aria-label=\"{Html.Text(words)}\">");
            var start = span.From;
            var end = span.IsSingleDate ? span.From : span.To;
            // The certain part: from the start of the first date as written to the end of the last.
            var solidFrom = start is PartialDate s ? axis.X(Exact(s).Earliest) : 0;
            var solidTo = end is PartialDate t ? axis.X(Exact(t).Latest.AddDays(1)) : TrackWidth;
            if (start == null) svg.Append(Bar("open open-start-bar", 0, solidTo, "url(#fade-in)")).Append(Arrow(0, pointsRight: false));
            else if (end == null) svg.Append(Bar("open open-end-bar", solidFrom, TrackWidth, "url(#fade-out)")).Append(Arrow(TrackWidth, pointsRight: true));
            else svg.Append(Bar("span", solidFrom, Math.Max(solidTo, solidFrom + 2), null));
            // The uncertain fringes of an approximate end: the unit of its precision it may be off by, on either side.
            if (start is PartialDate a && a.IsApproximate)
            {
                svg.Append(Bar("fringe", axis.X(a.Earliest), solidFrom, "url(#hatch)"));
                if (end == null || span.IsSingleDate) svg.Append(Bar("fringe", axis.X(Exact(a).Latest.AddDays(1)), axis.X(a.Latest.AddDays(1)), "url(#hatch)"));
            }
            if (end is PartialDate b && b.IsApproximate && !span.IsSingleDate)
            {
                svg.Append(Bar("fringe", axis.X(b.Earliest), axis.X(Exact(b).Earliest), "url(#hatch)"));
                svg.Append(Bar("fringe", solidTo, axis.X(b.Latest.AddDays(1)), "url(#hatch)"));
            }
            return svg.Append("</svg>").ToString();
        }

        // A 24-hour strip with the time marked; the label says the time with its offset, or that it is local time.
        private static string DayStrip(PartialDate date)
        {
            const double width = 120;
            var time = date.TimeOfDay!.Value;
            var x = time.TotalHours / 24 * width;
            var label = date.ToWords();
            var clock = label.Substring(label.IndexOf(" at ", StringComparison.Ordinal) + 4);
            return $"<span class=\"day-strip\"><svg viewBox=\"0 0 {Num(width)} 18\" width=\"{Num(width)}\" height=\"18\" role=\"img\" aria-label=\"{Html.Text(clock)} within its day\">"
                + $"<rect class=\"day\" x=\"0\" y=\"6\" width=\"{Num(width)}\" height=\"6\"/>"
                + string.Concat(new[] { 0, 6, 12, 18, 24 }.Select(h => $"<line class=\"hour\" x1=\"{Num(h / 24.0 * width)}\" x2=\"{Num(h / 24.0 * width)}\" y1=\"3\" y2=\"15\"/>"))
                + $"<circle class=\"moment\" cx=\"{Num(x)}\" cy=\"9\" r=\"4\"/></svg><span class=\"clock\">{Html.Text(clock)}</span></span>";
        }

        private static string Bar(string className, double from, double to, string? fill) =>
            to <= from ? "" : $"<rect class=\"{className}\" x=\"{Num(from)}\" y=\"{Num(BarTop)}\" width=\"{Num(to - from)}\" height=\"{Num(BarHeight)}\"{(fill == null ? "" : $" fill=\"{fill}\"")}/>";

        private static string Arrow(double x, bool pointsRight)
        {
            var back = pointsRight ? x - 9 : x + 9;
            return $"<path class=\"arrow\" d=\"M{Num(back)},{Num(BarTop - 3)} L{Num(x)},{Num(BarTop + BarHeight / 2)} L{Num(back)},{Num(BarTop + BarHeight + 3)} Z\"/>";
        }

        // The same date taken as written, without the widening an approximate date gets.
        private static PartialDate Exact(PartialDate date) => new PartialDate(date.Year, date.Month, date.Day);

        private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        private const string Definitions = """
            <svg class="definitions" width="0" height="0" aria-hidden="true"><defs>
            <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-ground"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern>
            <linearGradient id="fade-out"><stop offset="0" class="fade-solid"/><stop offset="1" class="fade-clear"/></linearGradient>
            <linearGradient id="fade-in"><stop offset="0" class="fade-clear"/><stop offset="1" class="fade-solid"/></linearGradient>
            </defs></svg>

            """;

        /// <summary>
        /// The shared time axis, fitted to the dates: in years for a long story, in months for one of a few years, in days for a
        /// few weeks (an open end gets some room beyond the last date to fade into). Each tick carries the day it marks.
        /// </summary>
        private sealed class Axis
        {
            private enum Unit { Day, Month, Year }

            private readonly DateTime _start, _end;
            private readonly Unit _unit;

            private Axis(DateTime start, DateTime end, Unit unit)
            {
                _start = start;
                _end = end;
                _unit = unit;
            }

            public static Axis Around(IEnumerable<DateSpan> spans)
            {
                var list = spans.ToList();
                var days = list.SelectMany(s => new[] { s.From?.Earliest, s.To?.Latest.AddDays(1) }).OfType<DateTime>().ToList();
                var first = days.Min();
                var last = days.Max();
                var open = list.Any(s => !s.IsSingleDate && (s.From == null || s.To == null));
                var length = (last - first).TotalDays;
                if (length > 3 * 366)
                    return new Axis(new DateTime(Math.Max(1, first.Year - 1), 1, 1), new DateTime(Math.Min(9999, last.Year + 2), 1, 1), Unit.Year);
                var room = open ? Math.Max(2, length * 0.15) : 0;
                if (length > 60)
                {
                    var from = new DateTime(first.Year, first.Month, 1).AddMonths(-1);
                    var to = last.AddDays(room);
                    return new Axis(from, new DateTime(to.Year, to.Month, 1).AddMonths(2), Unit.Month);
                }
                return new Axis(first.AddDays(-Math.Max(1, Math.Round(room))), last.AddDays(Math.Max(1, Math.Round(room))), Unit.Day);
            }

            public double X(DateTime day) => Math.Max(0, Math.Min(TrackWidth, (day - _start).TotalDays / (_end - _start).TotalDays * TrackWidth));

            public string Ruler()
            {
                var ruler = new StringBuilder($"<svg class=\"ruler\" viewBox=\"0 0 {Num(TrackWidth)} 22\" width=\"{Num(TrackWidth)}\" height=\"22\">");
                var ticks = Ticks().ToList();
                var every = Math.Max(1, (int)Math.Ceiling(ticks.Count / 12.0));
                for (var i = 0; i < ticks.Count; i++)
                {
                    var x = X(ticks[i]);
                    var day = ticks[i].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    ruler.Append($"<line class=\"tick\" data-date=\"{day}\" x1=\"{Num(x)}\" x2=\"{Num(x)}\" y1=\"14\" y2=\"22\"/>");
                    if (i % every == 0 && i < ticks.Count - 1) ruler.Append($"<text x=\"{Num(x + 2)}\" y=\"11\">{Html.Text(Label(ticks[i]))}</text>");
                }
                return ruler.Append("</svg>").ToString();
            }

            private IEnumerable<DateTime> Ticks()
            {
                var tick = _unit == Unit.Day ? _start.Date.AddDays(_start.TimeOfDay == TimeSpan.Zero ? 0 : 1) : _start;
                for (; tick <= _end; tick = _unit == Unit.Year ? tick.AddYears(1) : _unit == Unit.Month ? tick.AddMonths(1) : tick.AddDays(1))
                    yield return tick;
            }

            // "2024", "February 2024" / "March", "11 April": enough to place the ticks, in words.
            private string Label(DateTime tick) => _unit switch
            {
                Unit.Year => tick.Year.ToString(CultureInfo.InvariantCulture),
                Unit.Month => tick.Month == 1 || tick == _start ? $"{DateWords.MonthName(tick.Month).Substring(0, 3)} {tick.Year}" : DateWords.MonthName(tick.Month).Substring(0, 3),
                _ => $"{tick.Day} {DateWords.MonthName(tick.Month).Substring(0, 3)}",
            };
        }
    }
}
