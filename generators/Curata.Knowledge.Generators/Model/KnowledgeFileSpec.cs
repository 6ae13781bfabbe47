using Curata.Knowledge.Generators.Diagnostics;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>Everything one knowledge file holds, plus the problems found while reading it on its own.</summary>
    internal sealed record KnowledgeFileSpec(
        string Path,
        EquatableArray<SourceSpec> Sources,
        EquatableArray<ActorSpec> Actors,
        EquatableArray<StatementSpec> Statements,
        EquatableArray<EventSpec> Events,
        EquatableArray<RelationSpec> Relations,
        EquatableArray<EventTypeSpec> EventTypes,
        EquatableArray<ParticipantRoleSpec> ParticipantRoles,
        EquatableArray<PredicateSpec> Predicates,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
