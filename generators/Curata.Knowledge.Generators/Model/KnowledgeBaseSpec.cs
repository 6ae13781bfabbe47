using Curata.Knowledge.Generators.Diagnostics;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// The checked knowledge base: every valid fact of every file, each list ordered by id (ordinal) so output does not depend on
    /// file order, and every problem the checks found. Invalid facts, and references to them, are already left out.
    /// </summary>
    internal sealed record KnowledgeBaseSpec(
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
