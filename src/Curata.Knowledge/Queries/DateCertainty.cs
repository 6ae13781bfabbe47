namespace Curata.Knowledge
{
    /// <summary>How sure a date query must be before it includes a fact.</summary>
    public enum DateCertainty
    {
        /// <summary>Include only facts whose every possible date lies inside the range.</summary>
        Certainly,
        /// <summary>Include facts whose possible dates overlap the range at all.</summary>
        Possibly,
    }
}
