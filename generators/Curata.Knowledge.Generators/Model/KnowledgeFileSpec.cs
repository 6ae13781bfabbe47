using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Diagnostics;

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// Everything valid that one knowledge file holds (facts of the built-in kinds, declarations, vocabulary terms, and the
    /// facts of root sections no built-in kind reads, whose kind the declarations decide), the ids of facts it defined but
    /// that were invalid (so the checks do not also report every reference to them), and the problems found while reading it.
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
        EquatableArray<TermSpec> Terms,
        EquatableArray<KindSpec> Kinds,
        EquatableArray<PropertySpec> Properties,
        EquatableArray<IdentifierSchemeSpec> Schemes,
        EquatableArray<DeclaredSectionSpec> OtherSections,
        EquatableArray<string> RejectedIds,
        EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>Every fact the file holds: of the built-in kinds, then those of the other sections.</summary>
        public IEnumerable<FactSpec> Facts =>
            Sources.Cast<FactSpec>().Concat(Actors).Concat(Statements).Concat(Events).Concat(Relations).Concat(OtherSections.SelectMany(s => s.Facts));
    }

    /// <summary>
    /// A root section that no built-in kind reads: the facts of a declared kind, or a misspelt section. Its facts are read
    /// (id, citations, external ids; everything else kept raw) with <see cref="DeclaredFactSpec.DeclaredKind"/> empty until the
    /// checks find the kind whose plural is <see cref="Name"/>.
    /// </summary>
    internal sealed record DeclaredSectionSpec(NameRef Name, bool IsArray, EquatableArray<DeclaredFactSpec> Facts);
}

namespace Curata.Knowledge.Generators.Model
{
    /// <summary>
    /// One fact read on its own from its file (<see cref="Parsing.KnowledgeFileReader.ReadFactAt"/>): its id (null when its
    /// JSON is damaged before the id can be read), its section, the character span of its object, and a file model that holds
    /// just that fact (or, when it is invalid, its id among the rejected) with the problems its reading found.
    /// </summary>
    internal sealed record FactAt(string? Id, string Section, int Start, int End, KnowledgeFileSpec File)
    {
        /// <summary>Whether the fact's JSON is broken: the file's reading drops it whole, reporting only why.</summary>
        public bool Damaged => File.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.MalformedJson.Id);
    }
}
