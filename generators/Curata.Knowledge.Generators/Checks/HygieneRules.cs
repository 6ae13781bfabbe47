using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>Actors and sources that nothing refers to: often a typo in the id that would have used them.</summary>
    internal static class HygieneRules
    {
        public static void Check(CheckedFacts facts)
        {
            // Plain loops: this runs over every link of every fact on each check, an editor's included. The sets start with
            // every actor and source, sized once, and lose each one named: what is left is named by nothing. In a base where
            // everything is named, both sets run empty long before the last fact, and nothing is left to look for.
            var actorsUnused = new HashSet<string>(facts.ActorsById.Keys, StringComparer.Ordinal);
            var sourcesUnused = new HashSet<string>(facts.SourcesById.Keys, StringComparer.Ordinal);
            void Cited(EquatableArray<CitationSpec> citations)
            {
                foreach (var citation in citations) sourcesUnused.Remove(citation.Source.Id);
            }
            void Named(EquatableArray<IdRef> actors)
            {
                foreach (var actor in actors) actorsUnused.Remove(actor.Id);
            }
            bool AllNamed() => actorsUnused.Count == 0 && sourcesUnused.Count == 0;
            foreach (var statement in facts.Statements)
            {
                if (AllNamed()) return;
                actorsUnused.Remove(statement.Speaker.Id);
                if (statement.IssuedThrough != null) actorsUnused.Remove(statement.IssuedThrough.Id);
                Named(statement.About);
                Cited(statement.Sources);
            }
            foreach (var e in facts.Events)
            {
                if (AllNamed()) return;
                foreach (var participant in e.Participants) actorsUnused.Remove(participant.Actor.Id);
                foreach (var fatalities in e.Fatalities)
                {
                    Named(fatalities.VictimActors);
                    Cited(fatalities.Sources);
                    foreach (var share in fatalities.Breakdown)
                    {
                        if (share.Actor != null) actorsUnused.Remove(share.Actor.Id);
                    }
                }
                Cited(e.Sources);
            }
            foreach (var relation in facts.Relations)
            {
                if (AllNamed()) return;
                actorsUnused.Remove(relation.Subject.Id);
                actorsUnused.Remove(relation.Object.Id);
                Cited(relation.Sources);
            }
            foreach (var actor in facts.Actors)
            {
                if (AllNamed()) return;
                foreach (var role in actor.Roles)
                {
                    if (role.Of != null && role.Of.Id != actor.Id.Id) actorsUnused.Remove(role.Of.Id);
                    Cited(role.Sources);
                }
                Cited(actor.Sources);
            }
            foreach (var source in facts.Sources) Cited(source.Sources);
            foreach (var fact in facts.DeclaredFacts) Cited(fact.Sources);
            foreach (var (_, _, value) in facts.DeclaredReferences)
            {
                actorsUnused.Remove(value.Text!);
                sourcesUnused.Remove(value.Text!);
            }

            foreach (var actor in facts.Actors.Where(a => actorsUnused.Contains(a.Id.Id)))
                facts.Report(DiagnosticDescriptors.Unreferenced, actor.Id.Location, "actor", actor.Id.Id);
            foreach (var source in facts.Sources.Where(s => sourcesUnused.Contains(s.Id.Id)))
                facts.Report(DiagnosticDescriptors.Unreferenced, source.Id.Location, "source", source.Id.Id);
        }
    }
}
