using Curata.Knowledge.Generators.Json;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// A JSON value kept as plain data, with where it was written, for properties whose meaning depends on declarations in
    /// other files: a file is read on its own, and its declared values are typed once every declaration is known.
    /// <see cref="Text"/> is a string's value or a number's text.
    /// </summary>
    internal sealed record RawValue(JsonKind Kind, string? Text, EquatableArray<RawValue> Items, EquatableArray<RawProperty> Properties, LocationInfo Location);

    /// <summary>A property of a fact that its kind's own reader did not read: a declared property, or a mistake.</summary>
    internal sealed record RawProperty(NameRef Name, RawValue Value);
}
