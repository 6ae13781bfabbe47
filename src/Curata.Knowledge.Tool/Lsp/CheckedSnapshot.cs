using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Tool.Lsp
{
    /// <summary>
    /// A snapshot with its full check: what the editor was last told for every file. While the user types in one fact of one
    /// file, it answers for that file at once (<see cref="EditedFile"/>), long before a new full check of a large base ends.
    /// </summary>
    internal sealed class CheckedSnapshot
    {
        private readonly Lazy<KnowledgeBaseIndex> _index;
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public CheckedSnapshot(WorkspaceSnapshot snapshot, KnowledgeBaseSpec checkedBase)
        {
            Snapshot = snapshot;
            Checked = checkedBase;
            _index = new Lazy<KnowledgeBaseIndex>(() => KnowledgeBaseIndex.Build(snapshot.Models, snapshot.Declarations), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public WorkspaceSnapshot Snapshot { get; }

        public KnowledgeBaseSpec Checked { get; }

        /// <summary>Builds what <see cref="EditedFile"/> needs now, so that the next keystroke does not wait for it.</summary>
        public void Prepare() => _ = _index.Value;

        /// <summary>
        /// The diagnostics of <paramref name="path"/> in <paramref name="now"/>, when only that file changed since this check
        /// and the change lies within one fact: this check's diagnostics of the file, moved with the text around the change,
        /// except in the edited fact. There they are those <see cref="EditedFactCheck"/> finds now, or, when the edit broke the
        /// fact's JSON (and nothing beyond it), its syntax errors. Null when the change is of any other shape: the full check
        /// answers then.
        /// </summary>
        public IReadOnlyList<DiagnosticInfo>? EditedFile(WorkspaceSnapshot now, string path, CancellationToken cancellationToken)
        {
            if (!OnlyChanged(now, path) || !Snapshot.Documents.TryGetValue(path, out var before) || !now.Documents.TryGetValue(path, out var after)
                || !before.IsKnowledgeFile || before.Layout is not { } layout)
            {
                return null;
            }
            var previous = Checked.Diagnostics.Where(d => d.Location?.Path == path);
            var afterText = after.Text.ToString();
            var change = Change(TextOf(path, before.Text), afterText);
            if (change == null) return previous.ToList();

            var (start, oldEnd, newEnd) = change.Value;
            if (KnowledgeFileReader.ReadFactAt(path, afterText, layout, start, oldEnd, newEnd, cancellationToken) is not { } fact) return null;
            IEnumerable<DiagnosticInfo> inFact;
            Func<DiagnosticInfo, bool> keptInFact;
            if (fact.Damaged)
            {
                // A damaged fact is dropped whole: nothing is reported in it but why.
                inFact = fact.File.Diagnostics;
                keptInFact = _ => false;
            }
            else
            {
                // The source texts are this check's: only the edited file changed since.
                if (EditedFactCheck.Check(fact, _index.Value, Snapshot.SourceTexts, cancellationToken) is not { } edited) return null;
                inFact = edited;
                keptInFact = d => EditedFactCheck.WholeBaseRules.Contains(d.Id);
            }
            var lines = TextLines.Of(afterText);
            var kept = previous.Select(d => Moved(d, path, start, oldEnd, newEnd - oldEnd, lines))
                .Where(d => d != null && (d.Location!.Value.Start < fact.Start || d.Location.Value.Start >= fact.End || keptInFact(d)));
            return KnowledgeBaseChecker.SortedDiagnostics(kept.Concat(inFact)!).ToList();
        }

        // Whether every document but the one at `path` (and every .editorconfig) is the one this check saw.
        private bool OnlyChanged(WorkspaceSnapshot now, string path) =>
            now.Documents.Count == Snapshot.Documents.Count && now.EditorConfigs.Count == Snapshot.EditorConfigs.Count
            && now.Documents.All(d => d.Key == path || (Snapshot.Documents.TryGetValue(d.Key, out var same) && ReferenceEquals(same, d.Value)))
            && now.EditorConfigs.All(c => Snapshot.EditorConfigs.TryGetValue(c.Key, out var same) && ReferenceEquals(same, c.Value));

        private string TextOf(string path, SourceText text)
        {
            lock (_texts)
            {
                if (!_texts.TryGetValue(path, out var content)) _texts[path] = content = text.ToString();
                return content;
            }
        }

        /// <summary>
        /// The one span that changed: where the texts start to differ, where that span ended before and where it ends now.
        /// Null for equal texts.
        /// </summary>
        private static (int Start, int OldEnd, int NewEnd)? Change(string before, string after)
        {
            var prefix = before.AsSpan().CommonPrefixLength(after.AsSpan());
            if (prefix == before.Length && prefix == after.Length) return null;
            var most = Math.Min(before.Length, after.Length) - prefix;
            // The common end, compared a block at a time (vectorised) and then within the first block that differs: an edit near
            // the start of a large file should not cost a loop over all of it.
            const int Block = 4096;
            var suffix = 0;
            while (suffix + Block <= most && before.AsSpan(before.Length - suffix - Block, Block).SequenceEqual(after.AsSpan(after.Length - suffix - Block, Block)))
                suffix += Block;
            while (suffix < most && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix]) suffix++;
            return (prefix, before.Length - suffix, after.Length - suffix);
        }

        // The diagnostic where its text is now, or null when the change touched one of its locations in this file.
        private static DiagnosticInfo? Moved(DiagnosticInfo diagnostic, string path, int start, int oldEnd, int shift, TextLines lines)
        {
            LocationInfo? Move(LocationInfo location)
            {
                if (location.Path != path || location.Start + location.Length <= start) return location;
                if (location.Start >= oldEnd) return new LocationInfo(path, location.Start + shift, location.Length, lines);
                return null;
            }
            var primary = Move(diagnostic.Location!.Value);
            if (primary == null) return null;
            var also = new List<LocationInfo>();
            foreach (var location in diagnostic.AdditionalLocations)
            {
                if (Move(location) is not { } moved) return null;
                also.Add(moved);
            }
            return diagnostic with { Location = primary, AdditionalLocations = also.ToEquatableArray() };
        }
    }
}
