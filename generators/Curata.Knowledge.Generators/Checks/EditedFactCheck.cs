using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// Checks one edited fact against the rest of a knowledge base without checking the rest again: the base is cut down to
    /// the fact, the facts it names, and every file's declarations, and <see cref="KnowledgeBaseChecker"/> runs on that. The
    /// problems inside the fact's object that depend only on the fact and what it names come out as the full check gives
    /// them; the problems of rules that weigh facts the fact does not name (<see cref="WholeBaseRules"/>) are the full check's
    /// alone. An editor shows this answer at once and the full check's when it ends.
    /// </summary>
    internal static class EditedFactCheck
    {
        /// <summary>
        /// The rules whose verdict on one fact depends on facts it does not name: another id with the same C# name, another
        /// actor with the same name, another fact with the same external identifier, the other relations between the same two
        /// actors, paths through other facts, what names the fact, the other quotations of a source, and counts over the base.
        /// </summary>
        public static readonly ImmutableHashSet<string> WholeBaseRules = ImmutableHashSet.Create(StringComparer.Ordinal,
            DiagnosticDescriptors.CSharpNameCollision.Id,
            DiagnosticDescriptors.AmbiguousName.Id,
            DiagnosticDescriptors.DuplicateExternalId.Id,
            DiagnosticDescriptors.ConflictingRelations.Id,
            DiagnosticDescriptors.InconsistentPredicate.Id,
            DiagnosticDescriptors.Cycle.Id,
            DiagnosticDescriptors.CauseCycle.Id,
            DiagnosticDescriptors.Unreferenced.Id,
            DiagnosticDescriptors.MissingSourceText.Id,
            DiagnosticDescriptors.RepeatedProblem.Id);

        /// <summary>
        /// The diagnostics inside <paramref name="edited"/>'s object that no <see cref="WholeBaseRules"/> rule gives, ordered
        /// as the full check orders them; null when the answer would not be the full check's: the fact's id is new, or is
        /// defined elsewhere too.
        /// </summary>
        /// <param name="edited">The fact as it reads now.</param>
        /// <param name="index">The base as it was before the edit (the edited file's previous model included).</param>
        public static EquatableArray<DiagnosticInfo>? Check(FactAt edited, KnowledgeBaseIndex index, ImmutableArray<SourceTextSpec> sourceTexts, CancellationToken cancellationToken)
        {
            var path = edited.File.Path;
            if (edited.Id is not { } editedId || !index.Files.ContainsKey(path) || !index.DefinedOnceIn(editedId, path)) return null;

            // The fact, what it names (and, for a statement or relation it names, the actors that one needs to be kept).
            var named = new Dictionary<string, List<KnowledgeBaseIndex.Definition>>(StringComparer.Ordinal);
            void Include(string id, int depth)
            {
                if (id == editedId || index.DefinitionOf(id) is not { } definition) return;
                if (!named.TryGetValue(definition.Path, out var list)) named[definition.Path] = list = new List<KnowledgeBaseIndex.Definition>();
                if (list.Any(d => ReferenceEquals(d.Fact, definition.Fact))) return;
                list.Add(definition);
                if (depth == 0) foreach (var required in FactReferences.Required(definition.Fact)) Include(required, depth + 1);
            }
            foreach (var fact in edited.File.Facts)
            {
                foreach (var id in FactReferences.All(fact)) Include(id, 0);
            }

            var files = index.Files.Values.Select(file =>
            {
                named.TryGetValue(file.Path, out var facts);
                var cut = Cut(file, facts ?? new List<KnowledgeBaseIndex.Definition>());
                return file.Path == path ? Merge(cut, edited.File) : cut;
            }).ToImmutableArray();
            var result = KnowledgeBaseChecker.CheckWithin(files, sourceTexts, index, cancellationToken);
            return result.Diagnostics.Where(d => d.Location is { } location && location.Path == path
                    && location.Start >= edited.Start && location.Start < edited.End && !WholeBaseRules.Contains(d.Id))
                .ToEquatableArray();
        }

        // A file as the checks see it with only the given facts: its declarations and rejected ids kept whole, its problems
        // dropped (they are reported where they are, not in the edited fact).
        private static KnowledgeFileSpec Cut(KnowledgeFileSpec file, List<KnowledgeBaseIndex.Definition> facts)
        {
            EquatableArray<T> Only<T>(EquatableArray<T> all) where T : FactSpec, IEquatable<T> =>
                facts.Count == 0 ? EquatableArray<T>.Empty : all.Filtered(f => facts.Any(d => ReferenceEquals(d.Fact, f)));
            return file with
            {
                Sources = Only(file.Sources),
                Actors = Only(file.Actors),
                Statements = Only(file.Statements),
                Events = Only(file.Events),
                Relations = Only(file.Relations),
                OtherSections = file.OtherSections.Revised(s => (true, s with { Facts = Only(s.Facts) })),
                Diagnostics = EquatableArray<DiagnosticInfo>.Empty,
            };
        }

        // The edited file: its other facts as cut, the edited fact as read now, with what its reading found.
        private static KnowledgeFileSpec Merge(KnowledgeFileSpec cut, KnowledgeFileSpec edited)
        {
            EquatableArray<T> With<T>(EquatableArray<T> facts, EquatableArray<T> added) where T : IEquatable<T> =>
                added.Count == 0 ? facts : facts.Concat(added).ToEquatableArray();
            var sections = cut.OtherSections.ToList();
            foreach (var section in edited.OtherSections)
            {
                var at = sections.FindIndex(s => s.Name.Name == section.Name.Name);
                if (at < 0) sections.Add(section);
                else sections[at] = sections[at] with { Facts = With(sections[at].Facts, section.Facts) };
            }
            return cut with
            {
                Sources = With(cut.Sources, edited.Sources),
                Actors = With(cut.Actors, edited.Actors),
                Statements = With(cut.Statements, edited.Statements),
                Events = With(cut.Events, edited.Events),
                Relations = With(cut.Relations, edited.Relations),
                OtherSections = sections.ToEquatableArray(),
                RejectedIds = With(cut.RejectedIds, edited.RejectedIds),
                Diagnostics = edited.Diagnostics,
            };
        }
    }
}
