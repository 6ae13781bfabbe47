using Curata.Knowledge.Generators.Diagnostics;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// The checked knowledge base: every valid fact of every file, each list ordered by id (ordinal) so output does not depend on
    /// file order, and every problem the checks found. Invalid facts, and references to them, are already left out.
    /// <see cref="IdsWithoutMember"/> lists the facts and terms whose C# name collides, so they get no typed member (they stay in
    /// the <c>All</c> collections).
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
        EquatableArray<string> IdsWithoutMember,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
