using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// A knowledge base's files as read, indexed for checking one edited fact (<see cref="EditedFactCheck"/>): each id's first
    /// definition (by path, then position, as the checks decide), how often each id is defined, and the names a broken reference
    /// may be suggested from. Built once per full check and kept while only one file changes.
    /// </summary>
    internal sealed class KnowledgeBaseIndex
    {
        /// <summary>A fact and the file that defines it.</summary>
        public sealed record Definition(FactSpec Fact, string Path);

        private readonly Dictionary<string, int> _definitions = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly HashSet<(string Path, string Id)> _rejected = new HashSet<(string, string)>();

        private KnowledgeBaseIndex(ImmutableSortedDictionary<string, KnowledgeFileSpec> files) => Files = files;

        /// <summary>The files by path (ordinal).</summary>
        public ImmutableSortedDictionary<string, KnowledgeFileSpec> Files { get; }

        public Dictionary<string, Definition> Definitions { get; } = new Dictionary<string, Definition>(StringComparer.Ordinal);

        public FactNames Names { get; } = new FactNames();

        /// <summary>
        /// Whether <paramref name="id"/> is defined once, in <paramref name="path"/>, or only written there as a fact that was
        /// not valid: an edit to that fact leaves every other fact's references as they were.
        /// </summary>
        public bool DefinedOnceIn(string id, string path) =>
            _definitions.TryGetValue(id, out var count) ? count == 1 && Definitions[id].Path == path : _rejected.Contains((path, id));

        public static KnowledgeBaseIndex Build(IEnumerable<KnowledgeFileSpec> files, DeclaredModel declared)
        {
            var index = new KnowledgeBaseIndex(files.ToImmutableSortedDictionary(f => f.Path, f => f, StringComparer.Ordinal));
            foreach (var file in index.Files.Values)
            {
                foreach (var id in file.RejectedIds) index._rejected.Add((file.Path, id));
                var facts = file.Sources.Cast<FactSpec>().Concat(file.Actors).Concat(file.Statements).Concat(file.Events).Concat(file.Relations)
                    .Concat(file.OtherSections.Where(s => s.IsArray).SelectMany(s => s.Facts))
                    .OrderBy(f => f.Id.Location.Start);
                foreach (var fact in facts)
                {
                    index._definitions.TryGetValue(fact.Id.Id, out var count);
                    index._definitions[fact.Id.Id] = count + 1;
                    if (count == 0) index.Definitions.Add(fact.Id.Id, new Definition(fact, file.Path));
                }
            }
            // The checks list kinds in this order; a name's first actor is the first in it.
            var all = index.Files.Values;
            foreach (var fact in all.SelectMany(f => f.Sources).Cast<FactSpec>().Concat(all.SelectMany(f => f.Actors))
                .Concat(all.SelectMany(f => f.Statements)).Concat(all.SelectMany(f => f.Events)).Concat(all.SelectMany(f => f.Relations)))
            {
                if (ReferenceEquals(index.Definitions[fact.Id.Id].Fact, fact)) index.Names.AddFact(fact);
            }
            foreach (var section in all.SelectMany(f => f.OtherSections).Where(s => s.IsArray))
            {
                if (!declared.KindsByPlural.TryGetValue(section.Name.Name, out var kind)) continue;
                foreach (var fact in section.Facts)
                {
                    if (ReferenceEquals(index.Definitions[fact.Id.Id].Fact, fact)) index.Names.AddFact(fact with { DeclaredKind = kind.Id.Id });
                }
            }
            foreach (var actor in all.SelectMany(f => f.Actors))
            {
                if (ReferenceEquals(index.Definitions[actor.Id.Id].Fact, actor)) index.Names.AddActor(actor);
            }
            return index;
        }
    }
}
