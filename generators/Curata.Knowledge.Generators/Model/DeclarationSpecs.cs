namespace Curata.Knowledge.Generators.Model
{
    // Declarations: the kinds, properties, identifier schemes and vocabulary terms a knowledge base (or the standard
    // declarations shipped with the package) says exist. Plain values, as read; the checks validate them across files.

    /// <summary>What a declared property holds. The JSON spelling of each member is its name in kebab case.</summary>
    internal enum Datatype
    {
        /// <summary>Text in the curator's words.</summary>
        Text,
        /// <summary>Words as someone said or wrote them.</summary>
        Verbatim,
        Integer,
        Decimal,
        Boolean,
        /// <summary>A partial date, optionally with a time of day.</summary>
        Date,
        /// <summary>A date or an interval with optional ends.</summary>
        Span,
        /// <summary>An estimate: low, best and high.</summary>
        Count,
        /// <summary>An amount with a unit.</summary>
        Quantity,
        /// <summary>A geographic point: latitude, longitude and precision.</summary>
        Point,
        /// <summary>An identifier in an external scheme.</summary>
        Identifier,
        /// <summary>One of a closed list of values.</summary>
        Enum,
        /// <summary>The id of a fact of a given kind.</summary>
        Reference,
        /// <summary>The id of a term of a vocabulary.</summary>
        Term,
        /// <summary>
        /// A nested object that the kind's own reader reads (roles, participants, fatality reports), its shape declared by its
        /// own <see cref="PropertySpec.Properties"/>: standard declarations only.
        /// </summary>
        Object,
    }

    /// <summary>A name as written in a knowledge file (a property or section name), with where.</summary>
    internal sealed record NameRef(string Name, LocationInfo Location);

    /// <summary>A kind of fact: its id (singular, kebab case) and the root section (<see cref="Plural"/>) that holds its facts.</summary>
    internal sealed record KindSpec(IdRef Id, NameRef Plural, string? Name, string? Description, bool IsStandard);

    /// <summary>
    /// A property of a kind. <see cref="Target"/> is the kind a reference names ("fact" for any), the vocabulary a term
    /// belongs to, or the scheme of an identifier; <see cref="Values"/> the closed list of an enum; <see cref="Unit"/> the
    /// default unit of a quantity. <see cref="Acyclic"/> forbids a reference chain from returning to where it started.
    /// <see cref="IsBuiltIn"/>: read by its kind's own reader (a standard property of a source, actor, statement, event or
    /// relation), so declared for documentation and suggestions, never typed from raw values.
    /// </summary>
    internal sealed record PropertySpec(NameRef Kind, NameRef Id, Datatype Type, bool Required, bool Many, string? Description,
        NameRef? Target, EquatableArray<string> Values, string? Unit, bool Acyclic, bool IsStandard, bool IsBuiltIn, LocationInfo Location)
    {
        /// <summary>An object's own properties, in the order declared (which is their slot order): standard declarations only.</summary>
        public EquatableArray<PropertySpec> Properties { get; init; }
    }

    /// <summary>An external identifier scheme: values must match <see cref="Pattern"/>; <see cref="Url"/> has an <c>{id}</c> slot.</summary>
    internal sealed record IdentifierSchemeSpec(IdRef Id, string Name, string? Pattern, string? Url, string? Description);

    /// <summary>An entry of one of the simple vocabularies (actor, source, role and place kinds): a name and an optional parent.</summary>
    internal sealed record TermSpec(string Vocabulary, IdRef Id, string Name, string? Description, IdRef? Parent);

    /// <summary>An external identifier of a fact, as written: <c>"ids": { "scheme": "value" }</c>.</summary>
    internal sealed record ExternalIdSpec(NameRef Scheme, string Value, LocationInfo ValueLocation);
}
