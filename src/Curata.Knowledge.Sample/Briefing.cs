using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Curata.Knowledge;
using Seed;

namespace Curata.Knowledge.Sample;

/// <summary>
/// A briefing on the seed knowledge base, computed with LINQ over the generated API and written for a reader: dates and
/// counts in words (<see cref="DateWords"/>, <see cref="CountWords"/>, shared with the explorer), sources by their titles.
/// </summary>
public static class Briefing
{
    /// <summary>Writes the briefing: the source, a timeline, who said what, who backs or opposes whom, and one person's quotes.</summary>
    public static void Write(TextWriter output)
    {
        var source = Sources.All.First();
        output.WriteLine($"BRIEFING: {source.Title}");
        var kind = source.SourceKind == null ? "A source" : WithArticle(source.SourceKind.Name);
        var published = source.Published is PartialDate date ? $" published on {date.ToWords()}" : "";
        output.WriteLine($"  {kind}{published}: {Actors.All.Count} actors, {Statements.All.Count} statements, " +
                         $"{Events.All.Count} events and {Relations.All.Count} relations.");

        output.WriteLine();
        output.WriteLine("TIMELINE");
        foreach (var e in Timeline.Order(Events.All.Where(e => e.Date != null)))
        {
            var line = $"  {Capitalise(e.Date!.Value.ToWords())}: {e.Name}";
            if (e.Fatalities.Count > 0)
            {
                line += ". Killed: " + Report(e.Fatalities[0]);
                line += string.Concat(e.Fatalities.Alternatives.Select(a => "; another account: " + Report(a)));
            }
            if (e.Occurrences != null) line += $". It happened {e.Occurrences.ToWords()} times";
            output.WriteLine(line);
        }

        output.WriteLine();
        output.WriteLine("WHO SAID WHAT");
        foreach (var speaker in Statements.All.GroupBy(s => s.Speaker).OrderBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"  {speaker.Key.Name}");
            foreach (var statement in speaker.OrderBy(s => s.Date?.Earliest).ThenBy(s => s.Id, StringComparer.Ordinal))
            {
                var when = statement.Date is DateSpan span ? Capitalise(span.ToMomentWords()) : "Undated";
                var words = statement.IsQuotation ? $"quoted: \u201C{statement.Text}\u201D" : $"in summary: {statement.Text}";
                var via = statement.IssuedThrough == null ? "" : $" Issued through the {statement.IssuedThrough.Name}.";
                output.WriteLine($"    {when}, {words}{via}");
            }
        }

        output.WriteLine();
        output.WriteLine("WHO BACKS OR OPPOSES WHOM");
        var stances = new[] { Predicates.Backs, Predicates.Supports, Predicates.Opposes, Predicates.EnemyOf, Predicates.AlliedWith };
        foreach (var relation in Relations.All.Where(r => stances.Contains(r.Predicate)).OrderBy(r => r.Predicate.Id).ThenBy(r => r.Subject.Name))
        {
            // The predicate stands between the two names, so a plural subject ("the militias") never meets a singular verb.
            var span = relation.Span is DateSpan held ? ", " + held.ToWords() : "";
            output.WriteLine($"  {relation.Subject.Name} \u2014 {relation.Predicate.Name} \u2014 {relation.Object.Name}{span}");
        }

        output.WriteLine();
        output.WriteLine("HADI AL-AMERI, QUOTED");
        foreach (var quote in Statements.All.Where(s => s.Speaker == Actors.HadiAlAmeri && s.IsQuotation))
        {
            output.WriteLine($"  \u201C{quote.Text}\u201D \u2014 {string.Join("; ", quote.Citations.Select(Cited))}");
        }
    }

    // "16 — 16 Iraqi soldiers": the count in words, then who died, without nesting the source's own remarks in brackets.
    private static string Report(FatalityReport report) =>
        report.Victims == null ? report.Count.ToWords() : $"{report.Count.ToWords()} \u2014 {report.Victims}";

    private static string Cited(Citation citation) =>
        (citation.Source.Title ?? citation.Source.DisplayName) + (citation.Paragraph is int paragraph ? $", paragraph {paragraph}" : "");

    private static string WithArticle(string noun) =>
        ("aeiouAEIOU".IndexOf(noun[0]) >= 0 ? "An " : "A ") + char.ToLowerInvariant(noun[0]) + noun.Substring(1);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
