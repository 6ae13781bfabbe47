using System.Collections.Generic;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The typing of each file's facts (declared values and external ids, against the declarations), kept from one check to
    /// the next. A file whose model is the very same object, under the same declarations (every file offers what it offered:
    /// <see cref="FileInterface"/>), gets its facts as typing left them, the problems typing found and the facts it dropped,
    /// without being typed again. Nothing is kept or taken up when an id is defined twice: which definition is typed then
    /// depends on other files.
    /// </summary>
    internal sealed class TypingReuse
    {
        private readonly FileInterface[] _interfaces;
        private TypingReuse? _previous;
        // Each file's typing, by slot (ReferenceReuse's): null where not worked out.
        private readonly Dictionary<KnowledgeFileSpec, FileTyping?[]> _results =
            new Dictionary<KnowledgeFileSpec, FileTyping?[]>(ReferenceReuse.ReferenceComparer.Instance);

        private TypingReuse(FileInterface[] interfaces, bool samePathTwice)
        {
            _interfaces = interfaces;
            _previous = !samePathTwice && LastCheck<TypingReuse>.Get() is { } last && FileInterface.Same(last._interfaces, interfaces) ? last : null;
        }

        /// <summary>Starts the typing of a check whose files (in path order) offer <paramref name="interfaces"/>.</summary>
        public static TypingReuse Begin(FileInterface[] interfaces, bool samePathTwice) => new TypingReuse(interfaces, samePathTwice);

        /// <summary>The last complete check's, while it lives (for tests).</summary>
        internal static TypingReuse? LastCompleted => LastCheck<TypingReuse>.Get();

        /// <summary>Forgets the last check, so that the next takes up nothing (for tests that compare with a check afresh).</summary>
        internal static void Forget() => LastCheck<TypingReuse>.Forget();

        /// <summary>How many files' slots this check took from the last one (for tests).</summary>
        public int Reused { get; private set; }

        /// <summary>The last check's typing of <paramref name="file"/>'s facts in <paramref name="slot"/>, when it still holds.</summary>
        public FileTyping? Reusable(KnowledgeFileSpec file, int slot)
        {
            if (_previous == null || !_previous._results.TryGetValue(file, out var slots) || slots[slot] is not { } typing) return null;
            Reused++;
            return typing;
        }

        public void Keep(KnowledgeFileSpec file, int slot, FileTyping typing)
        {
            if (!_results.TryGetValue(file, out var slots)) _results[file] = slots = new FileTyping?[ReferenceReuse.Slots];
            slots[slot] = typing;
        }

        /// <summary>Offers this check's typing to the next check.</summary>
        public void Complete()
        {
            _previous = null;
            LastCheck<TypingReuse>.Set(this);
        }

        /// <summary>One file's facts of one slot, typed: those that came through (in order), the problems found, the ids dropped.</summary>
        internal sealed class FileTyping
        {
            public FileTyping(FactSpec[] facts, FactSpec[] withIds, DiagnosticInfo[] problems, string[] dropped)
            {
                Facts = facts;
                WithIds = withIds;
                Problems = problems;
                Dropped = dropped;
            }

            /// <summary>An array of the slot's own fact type (a <c>StatementSpec[]</c> for statements), so that it is copied whole.</summary>
            public FactSpec[] Facts { get; }

            /// <summary>The facts with external identifiers, which the claims on identifiers weigh against each other.</summary>
            public FactSpec[] WithIds { get; }

            public DiagnosticInfo[] Problems { get; }

            public string[] Dropped { get; }
        }
    }
}
