// Also compiled into the generator (in its own namespace), so build-time checks compare dates exactly as the runtime does.
#if KNOWLEDGE_GENERATOR
namespace Curata.Knowledge.Generators.Model
#else
namespace Curata.Knowledge
#endif
{
    /// <summary>
    /// The honest answer to "which came first?" for dates that may be partial or approximate.
    /// </summary>
    public enum TemporalOrder
    {
        /// <summary>Every day the first value may denote lies before every day the second may denote.</summary>
        Before,
        /// <summary>Every day the first value may denote lies after every day the second may denote.</summary>
        After,
        /// <summary>Both denote exactly the same known period (same precision, neither approximate).</summary>
        Same,
        /// <summary>The periods overlap, so the data cannot say which came first.</summary>
        Undetermined,
    }
}
