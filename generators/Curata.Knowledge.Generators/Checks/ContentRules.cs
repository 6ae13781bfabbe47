using System;
using System.Collections.Generic;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// Runs the content rules over the facts that survived identity and reference checks: <see cref="FactRules"/> file by file
    /// (in pieces, on every core), then each whole-base rule. With a <see cref="RuleReuse"/>, a file's verdicts and a whole-base
    /// rule's problems that still hold are taken from the last check instead of being worked out again. Problems come out in
    /// the same order either way: the files' verdicts in list order, then the whole-base rules in the order given.
    /// </summary>
    internal static class ContentRules
    {
        /// <summary>The slots (<see cref="ReferenceReuse"/>'s) whose facts <see cref="FactRules"/> judges: sources and declared facts have no verdicts of their own.</summary>
        private static readonly int[] JudgedSlots = { ReferenceReuse.Actors, ReferenceReuse.Statements, ReferenceReuse.Events, ReferenceReuse.Relations };

        /// <param name="lists">The facts by slot, in file order.</param>
        /// <param name="segments">Each slot's list as one run per file: its path and how many facts.</param>
        public static void Run(CheckedFacts facts, IReadOnlyList<FactSpec>[] lists, IReadOnlyList<(string Path, int Count)>[] segments, RuleReuse? reuse,
            IReadOnlyList<Action<CheckedFacts>> wholeBase, List<DiagnosticInfo> diagnostics, RepeatedProblems repeats)
        {
            var work = new List<Action<CheckedFacts>>();
            // What each piece of work serves: a slot's segment, or a whole-base rule (Slot -1).
            var serves = new List<(int Slot, int Index)>();
            foreach (var slot in JudgedSlots)
            {
                var list = lists[slot];
                var start = 0;
                for (var index = 0; index < segments[slot].Count; index++)
                {
                    var count = segments[slot][index].Count;
                    if (reuse?.Verdicts(slot, index) is { } kept)
                    {
                        work.Add(f => f.Replay(kept));
                        serves.Add((slot, index));
                    }
                    else
                    {
                        for (var from = start; from < start + count; from += EveryCore.PieceSize)
                        {
                            var (first, end) = (from, Math.Min(start + count, from + EveryCore.PieceSize));
                            work.Add(f => Judge(f, list, first, end));
                            serves.Add((slot, index));
                        }
                    }
                    start += count;
                }
            }
            for (var rule = 0; rule < wholeBase.Count; rule++)
            {
                work.Add(reuse?.WholeBase(rule) is { } kept ? f => f.Replay(kept) : wholeBase[rule]);
                serves.Add((-1, rule));
            }

            var reports = facts.Run(work, diagnostics, repeats);
            if (reuse == null) return;
            for (var i = 0; i < reports.Length;)
            {
                var (slot, index) = serves[i];
                if (slot < 0)
                {
                    reuse.KeepWholeBase(index, reports[i++]);
                    continue;
                }
                // A segment's pieces follow one another.
                var verdicts = new List<CheckedFacts.RuleProblem>();
                for (; i < reports.Length && serves[i] == (slot, index); i++) verdicts.AddRange(reports[i]);
                reuse.KeepVerdicts(slot, index, verdicts.ToArray());
            }
        }

        private static void Judge(CheckedFacts facts, IReadOnlyList<FactSpec> list, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                facts.CancellationToken.ThrowIfCancellationRequested();
                FactRules.Judge(facts, list[i]);
            }
        }
    }
}
