using Curata.Knowledge.Generators.Diagnostics;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// The checked knowledge base: every valid fact of every file, each list ordered by id (ordinal) so output does not depend on
    /// file order, the declarations in force, and every problem the checks found. Invalid facts, and references to them, are
    /// already left out. <see cref="IdsWithoutMember"/> lists the facts and terms whose C# name collides, so they get no typed
    /// member (they stay in the <c>All</c> collections), as (generated class, id).
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
        EquatableArray<TermSpec> Terms,
        EquatableArray<KindSpec> Kinds,
        EquatableArray<PropertySpec> Properties,
        EquatableArray<IdentifierSchemeSpec> Schemes,
        EquatableArray<DeclaredFactSpec> DeclaredFacts,
        EquatableArray<string> IdsWithoutMember,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
