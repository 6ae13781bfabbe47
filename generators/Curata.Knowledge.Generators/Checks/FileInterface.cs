using System.Linq;
using System.Runtime.CompilerServices;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// What one file offers the checks of the whole base, apart from its facts' contents: its facts' ids and kinds (or
    /// sections), in order, its sections, and the file itself without its facts and its reading's problems (its declarations,
    /// vocabularies and rejected ids). Two checks whose files all offer the same define the same ids, of the same kinds, under
    /// the same declarations: what <see cref="ReferenceReuse"/> and <see cref="IdentityReuse"/> take up rests on that.
    /// </summary>
    internal sealed record FileInterface(EquatableArray<string> FactIds, EquatableArray<string> FactSections, EquatableArray<string> Sections,
        KnowledgeFileSpec WithoutFacts)
    {
        // Worked out once per file model: a file not edited offers the very same object to every check.
        private static readonly ConditionalWeakTable<KnowledgeFileSpec, FileInterface> Interfaces = new ConditionalWeakTable<KnowledgeFileSpec, FileInterface>();

        /// <summary>What <paramref name="file"/> offers.</summary>
        public static FileInterface Of(KnowledgeFileSpec file) => Interfaces.GetValue(file, Compute);

        /// <summary>Whether two checks' files, in path order, offer the same.</summary>
        public static bool Same(FileInterface[] left, FileInterface[] right)
        {
            if (left.Length != right.Length) return false;
            for (var i = 0; i < left.Length; i++)
            {
                if (!ReferenceEquals(left[i], right[i]) && !left[i].Equals(right[i])) return false;
            }
            return true;
        }

        private static FileInterface Compute(KnowledgeFileSpec file) => new FileInterface(
            file.Facts.Select(f => f.Id.Id).ToEquatableArray(),
            file.Sources.Select(f => f.Kind).Concat(file.Actors.Select(f => f.Kind)).Concat(file.Statements.Select(f => f.Kind))
                .Concat(file.Events.Select(f => f.Kind)).Concat(file.Relations.Select(f => f.Kind))
                .Concat(file.OtherSections.SelectMany(s => s.Facts.Select(_ => s.Name.Name))).ToEquatableArray(),
            file.OtherSections.Select(s => s.Name.Name + (s.IsArray ? "[]" : "")).ToEquatableArray(),
            file with
            {
                Sources = EquatableArray<SourceSpec>.Empty,
                Actors = EquatableArray<ActorSpec>.Empty,
                Statements = EquatableArray<StatementSpec>.Empty,
                Events = EquatableArray<EventSpec>.Empty,
                Relations = EquatableArray<RelationSpec>.Empty,
                OtherSections = EquatableArray<DeclaredSectionSpec>.Empty,
                Diagnostics = EquatableArray<Diagnostics.DiagnosticInfo>.Empty,
            });
    }
}
