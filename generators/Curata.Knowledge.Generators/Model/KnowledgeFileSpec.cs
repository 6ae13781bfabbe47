using Curata.Knowledge.Generators.Diagnostics;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// Everything valid that one knowledge file holds, the ids of facts it defined but that were invalid (so the checks do not
    /// also report every reference to them), and the problems found while reading it on its own.
    /// </summary>
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
        EquatableArray<string> RejectedIds,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
