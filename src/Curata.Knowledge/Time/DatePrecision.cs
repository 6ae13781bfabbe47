namespace Curata.Knowledge
{
    /// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
    public enum DatePrecision
    {
        /// <summary>Only the year is known.</summary>
        Year,
        /// <summary>The year and month are known.</summary>
        Month,
        /// <summary>The full calendar date is known.</summary>
        Day,
    }
}
