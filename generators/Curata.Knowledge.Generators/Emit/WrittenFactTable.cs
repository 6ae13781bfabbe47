using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// What writing and packing a fact table leave for the next write, after an edit, in a build that keeps its driver (a
    /// compiler server; an editor never writes the table). While the declarations, the vocabularies and every fact's id and
    /// number stay as they were (<see cref="FactPositions.Fit"/>), the next write copies each record whose fact is the very
    /// same instance and whose strings keep their numbers, instead of encoding it again; the packer keeps each page whose bytes
    /// did not change. What comes out is, byte for byte, what a fresh write makes: strings are numbered by first use within
    /// their bucket, and replaying each copied record's uses (<see cref="Uses"/>) numbers them as a fresh write would.
    /// <para>
    /// Kept for as long as the checked base it was written from lives (the driver holds that until its next run), and found
    /// through a few weak references, so that builds of several projects in one compiler each find their own. It holds about
    /// twice the table's bytes, for as long as the compiler holds the base, which in a build is to its end; so a base of
    /// more than <see cref="MostFactsKept"/> facts is not kept, where that would be well over a hundred megabytes in every
    /// build for a write only a compiler server makes again.
    /// </para>
    /// </summary>
    internal sealed class WrittenFactTable
    {
        private static readonly ConditionalWeakTable<KnowledgeBaseSpec, WrittenFactTable> KeptWith = new ConditionalWeakTable<KnowledgeBaseSpec, WrittenFactTable>();
        private static readonly WeakReference<WrittenFactTable>[] Recent = new WeakReference<WrittenFactTable>[4];
        private static int _nextRecent;

        public WrittenFactTable(KnowledgeBaseSpec spec, FactPositions positions, byte[] table, string?[] strings, StringNumbers stringNumbers,
            int[] recordStarts, int[] recordLengths, int[] uses, int[] useStarts, (string[] Names, int[] Owners) actorNames, int factsCopied)
        {
            Spec = spec;
            Positions = positions;
            Table = table;
            Strings = strings;
            StringNumbers = stringNumbers;
            RecordStarts = recordStarts;
            RecordLengths = recordLengths;
            Uses = uses;
            UseStarts = useStarts;
            ActorNames = actorNames;
            FactsCopied = factsCopied;
        }

        public KnowledgeBaseSpec Spec { get; }

        public FactPositions Positions { get; }

        /// <summary>The table's bytes.</summary>
        public byte[] Table { get; }

        /// <summary>The table packed (<see cref="FactTablePacker"/>), once it is.</summary>
        public byte[]? Packed { get; private set; }

        /// <summary>The string table, by number (none where no string has that number).</summary>
        public string?[] Strings { get; }

        /// <summary>Each string's number, by value.</summary>
        public StringNumbers StringNumbers { get; }

        /// <summary>Where each fact's record lies in <see cref="Table"/>, by fact number.</summary>
        public int[] RecordStarts { get; }

        public int[] RecordLengths { get; }

        /// <summary>
        /// The numbers of the strings each fact's record uses, in the order it first asked for them; fact <c>k</c>'s are
        /// <c>Uses[UseStarts[k]..UseStarts[k + 1]]</c>.
        /// </summary>
        public int[] Uses { get; }

        public int[] UseStarts { get; }

        /// <summary>The actors' names, normalised, in the order the table lists them, each with its actor (plus one) or 0 when shared.</summary>
        public (string[] Names, int[] Owners) ActorNames { get; }

        /// <summary>How many records this write copied from the last one (for tests and benchmarks).</summary>
        public int FactsCopied { get; }

        /// <summary>The most facts a base may have for its write to be kept (about 50 MB held at 100,000 facts).</summary>
        public const int MostFactsKept = 250_000;

        /// <summary>Whether the write of a base of <paramref name="facts"/> facts is kept for the next.</summary>
        public static bool Keeps(int facts) => facts <= MostFactsKept;

        /// <summary>The newest write a write of <paramref name="spec"/> can take up, if one is still kept.</summary>
        public static WrittenFactTable? For(KnowledgeBaseSpec spec)
        {
            lock (Recent)
            {
                for (var i = 1; i <= Recent.Length; i++)
                {
                    var slot = Recent[(_nextRecent - i + Recent.Length) % Recent.Length];
                    if (slot != null && slot.TryGetTarget(out var written) && written.Packed != null && written.Positions.Fit(spec, written.Spec)) return written;
                }
            }
            return null;
        }

        /// <summary>Keeps this write, packed as <paramref name="packed"/>, for the next.</summary>
        public void Keep(byte[] packed)
        {
            if (!Keeps(Positions.Facts.Length)) return;
            Packed = packed;
            lock (Recent)
            {
                KeptWith.Remove(Spec);
                KeptWith.Add(Spec, this);
                Recent[_nextRecent] = new WeakReference<WrittenFactTable>(this);
                _nextRecent = (_nextRecent + 1) % Recent.Length;
            }
        }

        /// <summary>Forgets every write kept, so that the next writes afresh (for tests and cold benchmarks).</summary>
        public static void Forget()
        {
            lock (Recent)
            {
                for (var i = 0; i < Recent.Length; i++)
                {
                    if (Recent[i] != null && Recent[i].TryGetTarget(out var written)) KeptWith.Remove(written.Spec);
                    Recent[i] = null!;
                }
            }
        }
    }
}
