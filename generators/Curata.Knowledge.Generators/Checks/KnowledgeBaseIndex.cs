using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// A knowledge base's files as read, indexed for checking one edited fact (<see cref="EditedFactCheck"/>): each id's first
    /// definition (by path, then position, as the checks decide), how often each id is defined, and the names a broken reference
    /// may be suggested from. Each file's part is kept with the file's model, so after an edit only that file is indexed again.
    /// </summary>
    internal sealed class KnowledgeBaseIndex : IFactNames
    {
        private static readonly ConditionalWeakTable<KnowledgeFileSpec, FileIndex> ByFile = new ConditionalWeakTable<KnowledgeFileSpec, FileIndex>();

        private readonly FileIndex[] _files;
        private readonly DeclaredModel _declared;

        private KnowledgeBaseIndex(ImmutableSortedDictionary<string, KnowledgeFileSpec> files, DeclaredModel declared)
        {
            Files = files;
            _declared = declared;
            _files = files.Values.Select(f => ByFile.GetValue(f, file => new FileIndex(file))).ToArray();
        }

        /// <summary>A fact and the file that defines it.</summary>
        public sealed record Definition(FactSpec Fact, string Path);

        /// <summary>The files by path (ordinal).</summary>
        public ImmutableSortedDictionary<string, KnowledgeFileSpec> Files { get; }

        public static KnowledgeBaseIndex Build(IEnumerable<KnowledgeFileSpec> files, DeclaredModel declared) =>
            new KnowledgeBaseIndex(files.ToImmutableSortedDictionary(f => f.Path, f => f, StringComparer.Ordinal), declared);

        /// <summary>The first definition of <paramref name="id"/>, or null when no file defines it.</summary>
        public Definition? DefinitionOf(string id)
        {
            foreach (var file in _files)
            {
                if (file.First.TryGetValue(id, out var fact)) return new Definition(fact, file.Path);
            }
            return null;
        }

        /// <summary>
        /// Whether <paramref name="id"/> is defined once, in <paramref name="path"/>, or only written there as a fact that was
        /// not valid: an edit to that fact leaves every other fact's references as they were.
        /// </summary>
        public bool DefinedOnceIn(string id, string path)
        {
            var count = 0;
            string? where = null;
            foreach (var file in _files)
            {
                if (!file.Counts.TryGetValue(id, out var inFile)) continue;
                count += inFile;
                where ??= file.Path;
            }
            return count == 0 ? _files.Any(f => f.Path == path && f.Rejected.Contains(id)) : count == 1 && where == path;
        }

        public IEnumerable<string> Ids(string kind)
        {
            foreach (var file in _files)
            {
                foreach (var entry in file.First)
                {
                    if (kind == StandardKinds.AnyFact || KindOf(entry.Value, file) == kind) yield return entry.Key;
                }
            }
        }

        public IEnumerable<string> AliasKeys => _files.SelectMany(f => f.Actors.ByKey.Keys);

        public string ActorOf(string aliasKey) => _files.First(f => f.Actors.ByKey.ContainsKey(aliasKey)).Actors.ByKey[aliasKey];

        // A declared fact's kind is its section's, which the declarations decide.
        private string? KindOf(FactSpec fact, FileIndex file) =>
            fact is DeclaredFactSpec ? (_declared.KindsByPlural.TryGetValue(file.SectionOf[fact.Id.Id], out var kind) ? kind.Id.Id : null) : fact.Kind;

        /// <summary>One file's part: what the file defines, first in it by position, and its actors' names.</summary>
        private sealed class FileIndex
        {
            public FileIndex(KnowledgeFileSpec file)
            {
                Path = file.Path;
                Rejected = new HashSet<string>(file.RejectedIds, StringComparer.Ordinal);
                var declared = file.OtherSections.Where(s => s.IsArray).SelectMany(s => s.Facts.Select(f => (Fact: (FactSpec)f, Section: (string?)s.Name.Name)));
                var facts = file.Sources.Cast<FactSpec>().Concat(file.Actors).Concat(file.Statements).Concat(file.Events).Concat(file.Relations)
                    .Select(f => (Fact: f, Section: (string?)null)).Concat(declared).OrderBy(f => f.Fact.Id.Location.Start);
                foreach (var (fact, section) in facts)
                {
                    Counts.TryGetValue(fact.Id.Id, out var count);
                    Counts[fact.Id.Id] = count + 1;
                    if (count > 0) continue;
                    First.Add(fact.Id.Id, fact);
                    if (section != null) SectionOf.Add(fact.Id.Id, section);
                    if (fact is ActorSpec actor) Actors.Add(actor);
                }
            }

            public string Path { get; }
            public Dictionary<string, FactSpec> First { get; } = new Dictionary<string, FactSpec>(StringComparer.Ordinal);
            public Dictionary<string, int> Counts { get; } = new Dictionary<string, int>(StringComparer.Ordinal);
            public Dictionary<string, string> SectionOf { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
            public HashSet<string> Rejected { get; }
            public ActorNames Actors { get; } = new ActorNames();
        }
    }
}
