// Also compiled into the generator (in its own namespace), so build-time checks compare dates exactly as the runtime does.
#if KNOWLEDGE_GENERATOR
namespace Curata.Knowledge.Generators.Model
#else
namespace Curata.Knowledge
#endif
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
        /// <summary>Known to the minute: a date with a time of day.</summary>
        Minute,
        /// <summary>Known to the second.</summary>
        Second,
    }
}
