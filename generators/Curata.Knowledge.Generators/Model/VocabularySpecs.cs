namespace Curata.Knowledge.Generators.Model
{
    internal sealed record EventTypeSpec(IdRef Id, string Name, string? Description, IdRef? Parent);

    internal sealed record ParticipantRoleSpec(IdRef Id, string Name, string? Description);

    internal sealed record PredicateSpec(IdRef Id, string Name, string? Description, bool Symmetric, IdRef? InverseOf,
        EquatableArray<IdRef> ConflictsWith, EquatableArray<IdRef> SubjectKinds, EquatableArray<IdRef> ObjectKinds, bool Acyclic);
}
