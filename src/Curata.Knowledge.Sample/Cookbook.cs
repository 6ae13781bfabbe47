using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge;
using Seed;

namespace Curata.Knowledge.Sample;

/// <summary>
/// The README's cookbook. Each recipe sits between "// recipe:" and "// end" lines; a test checks that the README shows the
/// same code, and runs it.
/// </summary>
public static class Cookbook
{
    public static IEnumerable<string> QuotationsByAPerson()
    {
        // recipe: quotations by a person
        var quotes = Statements.All
            .Where(s => s.Speaker == Actors.RendAlRahim && s.IsQuotation)
            .Select(s => $"\u201C{s.Text}\u201D ({string.Join(", ", s.Citations)})");
        // end
        return quotes;
    }

    public static IEnumerable<string> FatalitiesByMonth()
    {
        // recipe: fatalities by month
        var byMonth = Events.All
            .Where(e => e.Fatalities.Count > 0 && e.Date?.From is { Precision: >= DatePrecision.Month })
            .GroupBy(e => (e.Date!.Value.From!.Value.Year, Month: e.Date.Value.From.Value.Month!.Value))
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Key.Year}-{g.Key.Month:D2}: at least {g.Sum(e => e.Fatalities.Max(f => f.Count.Minimum))} killed " +
                         $"({string.Join("; ", g.Select(e => e.Name))})");
        // end
        return byMonth;
    }

    public static IEnumerable<string> WhoBacksWhomAsOfADate()
    {
        // recipe: who backs or opposes whom as of a date
        var asOf = PartialDate.Parse("2024-02-07");
        var stances = KnowledgeBase.Graph.RelationsOn(asOf)
            .Where(r => r.Predicate == Predicates.Backs || r.Predicate == Predicates.Opposes)
            .Select(r => r.ToString());
        var opponents = KnowledgeBase.Graph
            .Subjects(Actors.IranBackedIraqiMilitias, Predicates.Opposes, asOf, through: Predicates.PartOf)
            .Select(i => $"opposes the militias: {i}");
        // end
        return stances.Concat(opponents);
    }

    public static IEnumerable<string> WhatCausedAnEvent()
    {
        // recipe: what caused an event
        // Depth first, each cause once: ends however long the chain, even if the data loops (which the build reports as KB0405).
        static IEnumerable<string> Chain(Event e)
        {
            var seen = new HashSet<Event>();
            var pending = new Stack<(Event Cause, int Depth)>(e.Causes.Reverse().Select(c => (c, 0)));
            while (pending.Count > 0)
            {
                var (cause, depth) = pending.Pop();
                if (!seen.Add(cause)) continue;
                yield return new string(' ', depth * 2) + $"{cause.Name} ({cause.Date})";
                foreach (var next in cause.Causes.Reverse()) pending.Push((next, depth + 1));
            }
        }
        var causes = Chain(Events.UsStrikeWesternIraq20240202);
        // end
        return causes;
    }

    public static IEnumerable<string> EventsBetweenTwoDates()
    {
        // recipe: events between two dates, honestly
        var from = PartialDate.Parse("2024-01-28");
        var to = PartialDate.Parse("2024-02-04");
        var certain = KnowledgeBase.Graph.EventsBetween(from, to).Select(e => $"certainly: {e.Date} {e.Name}");
        var maybe = KnowledgeBase.Graph.EventsBetween(from, to, DateCertainty.Possibly)
            .Except(KnowledgeBase.Graph.EventsBetween(from, to))
            .Select(e => $"possibly: {e.Date} {e.Name}");
        // end
        return certain.Concat(maybe);
    }
}
