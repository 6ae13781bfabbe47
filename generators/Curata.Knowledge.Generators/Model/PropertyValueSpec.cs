namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// One typed value of a declared property. Which fields are set depends on the property's <see cref="Datatype"/>:
    /// <see cref="Text"/> for text, verbatim, enum, identifier, reference and term (the id), and for decimals and
    /// quantities (the amount, as written); <see cref="Integer"/> for integers and booleans (0 or 1); <see cref="Span"/> for
    /// dates and spans; <see cref="Count"/> for counts; <see cref="Unit"/> for quantities; <see cref="Point"/> for points;
    /// <see cref="Properties"/> for objects.
    /// </summary>
    internal sealed record ValueSpec(string? Text, long Integer, SpanSpec? Span, CountSpec? Count, string? Unit, PointSpec? Point, LocationInfo Location)
    {
        /// <summary>An object's values (a role, a participant, a fatality report): one entry per property present.</summary>
        public EquatableArray<PropertyValueSpec> Properties { get; init; }

        public static ValueSpec OfText(string text, LocationInfo location) => new ValueSpec(text, 0, null, null, null, null, location);
    }

    /// <summary>A geographic point in decimal degrees, as written (invariant culture), with an optional precision in degrees.</summary>
    internal sealed record PointSpec(double Latitude, double Longitude, double? Precision);

    /// <summary>The values of one declared property of a fact (one, or several for a many-valued property).</summary>
    internal sealed record PropertyValueSpec(string Property, EquatableArray<ValueSpec> Values);
}
