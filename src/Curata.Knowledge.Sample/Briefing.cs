using System;
using System.IO;
using System.Linq;
using Curata.Knowledge;
using Seed;

namespace Curata.Knowledge.Sample;

/// <summary>A briefing on the seed knowledge base, computed with LINQ over the generated API.</summary>
public static class Briefing
{
    public static void Write(TextWriter output)
    {
        var source = Sources.All.First();
        output.WriteLine($"BRIEFING: {source.Title}");
        output.WriteLine($"  from {source.SourceKind} of {source.Published}: {Actors.All.Count} actors, {Statements.All.Count} statements, " +
                         $"{Events.All.Count} events, {Relations.All.Count} relations");

        output.WriteLine();
        output.WriteLine("TIMELINE");
        foreach (var e in Timeline.Order(Events.All.Where(e => e.Date != null)))
        {
            var toll = e.Fatalities.Count == 0 ? "" : "; killed: " + string.Join(" / ", e.Fatalities.Select(f => f.ToString()));
            var times = e.Occurrences == null ? "" : $"; occurrences: {e.Occurrences}";
            output.WriteLine($"  {e.Date,-24} {e.Name}{toll}{times}");
        }

        output.WriteLine();
        output.WriteLine("WHO SAID WHAT");
        foreach (var speaker in Statements.All.GroupBy(s => s.Speaker).OrderBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"  {speaker.Key.Name}");
            foreach (var statement in speaker.OrderBy(s => s.Date?.Earliest).ThenBy(s => s.Id, StringComparer.Ordinal))
            {
                var words = statement.IsQuotation ? $"[quote] \u201C{statement.Text}\u201D" : $"[paraphrase] {statement.Text}";
                var via = statement.IssuedThrough == null ? "" : $" (via {statement.IssuedThrough.Name})";
                output.WriteLine($"    {statement.Date?.ToString() ?? "undated",-22} {words}{via}");
            }
        }

        output.WriteLine();
        output.WriteLine("WHO BACKS OR OPPOSES WHOM");
        var stances = new[] { Predicates.Backs, Predicates.Supports, Predicates.Opposes, Predicates.EnemyOf, Predicates.AlliedWith };
        foreach (var relation in Relations.All.Where(r => stances.Contains(r.Predicate)).OrderBy(r => r.Predicate.Id).ThenBy(r => r.Subject.Name))
        {
            var span = relation.Span == null ? "" : $" [{relation.Span}]";
            output.WriteLine($"  {relation.Subject.Name} {relation.Predicate.Name} {relation.Object.Name}{span}");
        }

        output.WriteLine();
        output.WriteLine("HADI AL-AMERI, QUOTED");
        foreach (var quote in Statements.All.Where(s => s.Speaker == Actors.HadiAlAmeri && s.IsQuotation))
        {
            output.WriteLine($"  \u201C{quote.Text}\u201D ({string.Join(", ", quote.Citations)})");
        }
    }
}
