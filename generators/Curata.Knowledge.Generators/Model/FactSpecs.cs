namespace Curata.Knowledge.Generators.Model
{
    // One record per kind of fact, holding exactly what the file said (ids as written, with their locations).
    // Enumerated values (kinds, modes) are kept as the runtime enum member names, already validated.

    internal sealed record CitationSpec(IdRef Source, int? Paragraph, string? Note);

    internal sealed record SourceSpec(IdRef Id, string Kind, string Title, DateSpec? Published, string? Publisher, string? Place,
        EquatableArray<string> Contributors, string? Language, string? Notes, string? TextFile);

    internal sealed record RoleSpec(string Kind, string? Title, IdRef? Of, SpanSpec? Span, EquatableArray<CitationSpec> Sources, LocationInfo Location);

    internal sealed record ActorSpec(IdRef Id, string Kind, string Name, EquatableArray<string> Aliases, string? Description,
        SpanSpec? Lifespan, EquatableArray<RoleSpec> Roles, EquatableArray<CitationSpec> Sources);

    internal sealed record StatementSpec(IdRef Id, IdRef Speaker, IdRef? IssuedThrough, SpanSpec? Date, string Mode, string Text,
        EquatableArray<IdRef> About, EquatableArray<CitationSpec> Sources);

    internal sealed record ParticipantSpec(IdRef Actor, IdRef Role);

    internal sealed record FatalitySpec(CountSpec Count, string? Victims, EquatableArray<IdRef> VictimActors, EquatableArray<CitationSpec> Sources);

    internal sealed record EventSpec(IdRef Id, IdRef Type, string Name, string? Summary, SpanSpec? Date, string? Place,
        EquatableArray<ParticipantSpec> Participants, EquatableArray<FatalitySpec> Fatalities, CountSpec? Occurrences,
        EquatableArray<IdRef> Causes, IdRef? PartOf, EquatableArray<CitationSpec> Sources);

    internal sealed record RelationSpec(IdRef Id, IdRef Subject, IdRef Predicate, IdRef Object, SpanSpec? Span, string? Note,
        EquatableArray<CitationSpec> Sources);
}
