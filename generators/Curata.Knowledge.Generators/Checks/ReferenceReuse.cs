using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The reference checks of each file's facts, kept from one check to the next. A file's facts get the last check's results
    /// and problems again, instead of being checked again, when its model is the very same and nothing the reference checks read
    /// from the whole base has changed: every file's ids and kinds (in order), declarations, vocabularies, sections and rejected
    /// ids, and the ids dropped while typing values. An edit inside one file's facts therefore re-checks that file's references
    /// only. Suggestions for unknown ids are not kept: they are worked out as the problems are handed on, in order, every time.
    /// </summary>
    internal sealed class ReferenceReuse
    {
        /// <summary>The fact lists whose references are checked, one slot each.</summary>
        public const int Sources = 0, Actors = 1, Statements = 2, Events = 3, Relations = 4, Declared = 5, Slots = 6;

        private readonly FileInterface[] _interfaces;
        private readonly string[] _droppedWhileTyping;
        private readonly Dictionary<string, KnowledgeFileSpec> _filesByPath;
        // Each file's results, by slot: null where not worked out (yet).
        private readonly Dictionary<KnowledgeFileSpec, FileChecks?[]> _results = new Dictionary<KnowledgeFileSpec, FileChecks?[]>(ReferenceComparer.Instance);
        private ReferenceReuse? _previous;
        private readonly bool _samePathTwice;

        private ReferenceReuse(KnowledgeFileSpec[] files, FileInterface[] interfaces, bool samePathTwice, string[] droppedWhileTyping, bool reusable)
        {
            _interfaces = interfaces;
            _droppedWhileTyping = droppedWhileTyping;
            _samePathTwice = samePathTwice;
            _filesByPath = new Dictionary<string, KnowledgeFileSpec>(files.Length, StringComparer.Ordinal);
            foreach (var file in files) _filesByPath[file.Path] = file;
            _previous = reusable && !_samePathTwice && LastCheck<ReferenceReuse>.Get() is { } last && last.SameContext(this) ? last : null;
            TookUpLast = _previous != null;
        }

        /// <summary>Whether this check takes up the last one: the same declarations, vocabularies, and ids and kinds in every file.</summary>
        public bool TookUpLast { get; }

        /// <summary>
        /// Starts a check's reference checks over <paramref name="files"/> (in path order), which offer
        /// <paramref name="interfaces"/>. Nothing is reused when an id is defined twice (which definition wins then depends on
        /// positions, not only on ids), and nothing is kept or taken up when two files are at one path (an item listed twice:
        /// their facts' locations cannot tell them apart).
        /// </summary>
        public static ReferenceReuse Begin(KnowledgeFileSpec[] files, FileInterface[] interfaces, bool samePathTwice, IEnumerable<string> droppedWhileTyping,
            bool idsDefinedAgain) =>
            new ReferenceReuse(files, interfaces, samePathTwice, droppedWhileTyping.OrderBy(id => id, StringComparer.Ordinal).ToArray(), reusable: !idsDefinedAgain);

        /// <summary>How many files' slots this check took from the last one (for tests).</summary>
        public int Reused { get; private set; }

        /// <summary>The model of the file at <paramref name="path"/>.</summary>
        public KnowledgeFileSpec? FileAt(string path) => !_samePathTwice && _filesByPath.TryGetValue(path, out var file) ? file : null;

        /// <summary>The last complete check's, while it lives (for tests).</summary>
        internal static ReferenceReuse? LastCompleted => LastCheck<ReferenceReuse>.Get();

        /// <summary>Forgets the last check, so that the next takes up nothing (for tests that compare with a check afresh).</summary>
        internal static void Forget() => LastCheck<ReferenceReuse>.Forget();

        /// <summary>The last check's results for <paramref name="file"/>'s facts in <paramref name="slot"/>, when they still hold.</summary>
        public FileChecks? Reusable(KnowledgeFileSpec file, int slot, int count)
        {
            if (_previous == null || !_previous._results.TryGetValue(file, out var slots) || slots[slot] is not { } found || found.Results.Length != count) return null;
            Reused++;
            return found;
        }

        /// <summary>Keeps <paramref name="file"/>'s results in <paramref name="slot"/> for the next check.</summary>
        public void Keep(KnowledgeFileSpec file, int slot, FileChecks checks)
        {
            if (!_results.TryGetValue(file, out var slots)) _results[file] = slots = new FileChecks?[Slots];
            slots[slot] = checks;
        }

        /// <summary>Offers this check's results to the next check: called once every slot has been checked.</summary>
        public void Complete()
        {
            _previous = null;
            LastCheck<ReferenceReuse>.Set(this);
        }

        private bool SameContext(ReferenceReuse other)
        {
            if (_interfaces.Length != other._interfaces.Length || !_droppedWhileTyping.SequenceEqual(other._droppedWhileTyping, StringComparer.Ordinal)) return false;
            return FileInterface.Same(_interfaces, other._interfaces);
        }

        /// <summary>One file's facts of one slot, checked: each fact as it came out (null where it was dropped), and the problems found, in order.</summary>
        internal sealed class FileChecks
        {
            public FileChecks(FactSpec?[] results, ReferenceReport[] reports)
            {
                Results = results;
                Reports = reports;
            }

            /// <summary>An array of the slot's own fact type (a <c>StatementSpec[]</c> for statements), so that it is copied whole.</summary>
            public FactSpec?[] Results { get; }

            public ReferenceReport[] Reports { get; }
        }

        internal sealed class ReferenceComparer : IEqualityComparer<KnowledgeFileSpec>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public bool Equals(KnowledgeFileSpec? x, KnowledgeFileSpec? y) => ReferenceEquals(x, y);

            public int GetHashCode(KnowledgeFileSpec obj) => RuntimeHelpers.GetHashCode(obj);
        }
    }

    /// <summary>
    /// A problem a reference check found: a whole diagnostic (<see cref="Found"/>), or a reference to an id nothing defines in
    /// a fact kind's or a vocabulary's space, whose suggestion is worked out when it is handed on.
    /// </summary>
    internal readonly struct ReferenceReport
    {
        public ReferenceReport(Diagnostics.DiagnosticInfo? found, IdRef? unknown, string? space, bool isTerm)
        {
            Found = found;
            Unknown = unknown;
            Space = space;
            IsTerm = isTerm;
        }

        public Diagnostics.DiagnosticInfo? Found { get; }

        public IdRef? Unknown { get; }

        public string? Space { get; }

        public bool IsTerm { get; }
    }
}
