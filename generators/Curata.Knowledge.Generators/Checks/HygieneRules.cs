using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Diagnostics;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>Actors and sources that nothing refers to: often a typo in the id that would have used them.</summary>
    internal static class HygieneRules
    {
        public static void Check(CheckedFacts facts)
        {
            var actorsUsed = new HashSet<string>(StringComparer.Ordinal);
            var sourcesUsed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var statement in facts.Statements)
            {
                actorsUsed.Add(statement.Speaker.Id);
                if (statement.IssuedThrough != null) actorsUsed.Add(statement.IssuedThrough.Id);
                actorsUsed.UnionWith(statement.About.Select(a => a.Id));
                sourcesUsed.UnionWith(statement.Sources.Select(c => c.Source.Id));
            }
            foreach (var e in facts.Events)
            {
                actorsUsed.UnionWith(e.Participants.Select(p => p.Actor.Id));
                actorsUsed.UnionWith(e.Fatalities.SelectMany(f => f.VictimActors).Select(v => v.Id));
                sourcesUsed.UnionWith(e.Sources.Concat(e.Fatalities.SelectMany(f => f.Sources)).Select(c => c.Source.Id));
            }
            foreach (var relation in facts.Relations)
            {
                actorsUsed.Add(relation.Subject.Id);
                actorsUsed.Add(relation.Object.Id);
                sourcesUsed.UnionWith(relation.Sources.Select(c => c.Source.Id));
            }
            foreach (var actor in facts.Actors)
            {
                foreach (var role in actor.Roles)
                {
                    if (role.Of != null && role.Of.Id != actor.Id.Id) actorsUsed.Add(role.Of.Id);
                    sourcesUsed.UnionWith(role.Sources.Select(c => c.Source.Id));
                }
                sourcesUsed.UnionWith(actor.Sources.Select(c => c.Source.Id));
            }

            foreach (var fact in facts.Sources.Cast<Model.FactSpec>().Concat(facts.DeclaredFacts)) sourcesUsed.UnionWith(fact.Sources.Select(c => c.Source.Id));
            foreach (var (_, _, value) in facts.DeclaredReferences)
            {
                actorsUsed.Add(value.Text!);
                sourcesUsed.Add(value.Text!);
            }
            foreach (var share in facts.Events.SelectMany(e => e.Fatalities).SelectMany(f => f.Breakdown).Where(s => s.Actor != null)) actorsUsed.Add(share.Actor!.Id);

            foreach (var actor in facts.Actors.Where(a => !actorsUsed.Contains(a.Id.Id)))
                facts.Report(DiagnosticDescriptors.Unreferenced, actor.Id.Location, "actor", actor.Id.Id);
            foreach (var source in facts.Sources.Where(s => !sourcesUsed.Contains(s.Id.Id)))
                facts.Report(DiagnosticDescriptors.Unreferenced, source.Id.Location, "source", source.Id.Id);
        }
    }
}
