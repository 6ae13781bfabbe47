using Curata.Knowledge.Generators.Declarations;

namespace Curata.Knowledge.Generators.Model
{
    // One record per kind of fact, holding exactly what the file said (ids as written, with their locations).

    /// <summary>
    /// What every fact has: an id, citations, external identifiers, and the values of declared properties. A file's reader
    /// keeps what the kind's own reader did not read in <see cref="Extra"/>; the checks type it against the declarations into
    /// <see cref="Values"/> (ordered by property name) and empty <see cref="Extra"/>.
    /// </summary>
    internal abstract record FactSpec(IdRef Id, EquatableArray<CitationSpec> Sources)
    {
        /// <summary>The kind's id ("actor", "place", or a declared kind's).</summary>
        public abstract string Kind { get; }

        public EquatableArray<ExternalIdSpec> Ids { get; init; }

        public EquatableArray<RawProperty> Extra { get; init; }

        public EquatableArray<PropertyValueSpec> Values { get; init; }
    }

    internal sealed record CitationSpec(IdRef Source, int? Paragraph, string? Note);

    internal sealed record SourceSpec(IdRef Id, IdRef? SourceKind, string? Title, DateSpec? Published, string? Publisher, string? Place,
        EquatableArray<string> Contributors, string? Language, string? Notes, string? TextFile) : FactSpec(Id, EquatableArray<CitationSpec>.Empty)
    {
        public override string Kind => StandardKinds.Source;
    }

    internal sealed record RoleSpec(IdRef RoleKind, string? Title, IdRef? Of, SpanSpec? Span, EquatableArray<CitationSpec> Sources, LocationInfo Location);

    internal sealed record ActorSpec(IdRef Id, IdRef? ActorKind, string Name, EquatableArray<string> Aliases, string? Description,
        SpanSpec? Lifespan, EquatableArray<RoleSpec> Roles, EquatableArray<CitationSpec> Sources) : FactSpec(Id, Sources)
    {
        public override string Kind => StandardKinds.Actor;
    }

    internal sealed record StatementSpec(IdRef Id, IdRef Speaker, IdRef? IssuedThrough, SpanSpec? Date, string Mode, string Text,
        EquatableArray<IdRef> About, EquatableArray<CitationSpec> Sources) : FactSpec(Id, Sources)
    {
        public override string Kind => StandardKinds.Statement;
    }

    internal sealed record ParticipantSpec(IdRef Actor, IdRef Role);

    /// <summary>One part of a fatality report's total: one side's dead, civilians, or the dead of unknown affiliation.</summary>
    internal sealed record FatalityShareSpec(string Category, IdRef? Actor, CountSpec Count, string? Victims, LocationInfo Location);

    internal sealed record FatalitySpec(CountSpec Count, string? Victims, EquatableArray<IdRef> VictimActors, EquatableArray<FatalityShareSpec> Breakdown,
        EquatableArray<CitationSpec> Sources);

    internal sealed record EventSpec(IdRef Id, IdRef Type, string? Name, string? Summary, SpanSpec? Date, string? Place,
        EquatableArray<ParticipantSpec> Participants, EquatableArray<FatalitySpec> Fatalities, CountSpec? Occurrences,
        EquatableArray<IdRef> Causes, IdRef? PartOf, EquatableArray<CitationSpec> Sources) : FactSpec(Id, Sources)
    {
        public override string Kind => StandardKinds.Event;
    }

    internal sealed record RelationSpec(IdRef Id, IdRef Subject, IdRef Predicate, IdRef Object, SpanSpec? Span, string? Note,
        EquatableArray<CitationSpec> Sources) : FactSpec(Id, Sources)
    {
        public override string Kind => StandardKinds.Relation;
    }

    /// <summary>
    /// A fact of a kind declared as data (places, and every kind a knowledge base declares): everything but its id, citations
    /// and external ids is a declared property.
    /// </summary>
    internal sealed record DeclaredFactSpec(string DeclaredKind, IdRef Id, EquatableArray<CitationSpec> Sources) : FactSpec(Id, Sources)
    {
        public override string Kind => DeclaredKind;
    }
}
