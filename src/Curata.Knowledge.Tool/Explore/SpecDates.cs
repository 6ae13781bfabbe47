using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Explore
{
    /// <summary>
    /// The checked model's dates as the runtime's <see cref="PartialDate"/> and <see cref="DateSpan"/>, so the explorer says
    /// and compares them exactly as a program using the generated API would.
    /// </summary>
    internal static class SpecDates
    {
        public static PartialDate ToDate(DateSpec date) => PartialDate.Parse(date.ToString());

        public static DateSpan ToSpan(SpanSpec span) => span.IsSingleDate
            ? DateSpan.On(ToDate(span.From!))
            : DateSpan.Between(span.From == null ? null : ToDate(span.From), span.To == null ? null : ToDate(span.To));

        public static string Words(DateSpec date) => ToDate(date).ToWords();

        public static string Words(SpanSpec span) => ToSpan(span).ToWords();

        /// <summary>When one moment within the span happened (a statement was made): "by 7 February 2024".</summary>
        public static string MomentWords(SpanSpec span) => ToSpan(span).ToMomentWords();

        public static EstimatedCount ToCount(CountSpec count) => new EstimatedCount(count.Low, count.Best, count.High);

        public static string Words(CountSpec count) => ToCount(count).ToWords();
    }
}
