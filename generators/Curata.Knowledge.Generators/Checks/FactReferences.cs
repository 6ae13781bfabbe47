using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The ids a fact as read names, before the declarations say which of its other values are references: every string in
    /// its declared values counts, so the list may hold more than references, never fewer.
    /// </summary>
    internal static class FactReferences
    {
        public static IEnumerable<string> All(FactSpec fact)
        {
            var ids = new List<string>();
            foreach (var citation in fact.Sources) ids.Add(citation.Source.Id);
            switch (fact)
            {
                case ActorSpec actor:
                    foreach (var role in actor.Roles)
                    {
                        if (role.Of != null) ids.Add(role.Of.Id);
                        ids.AddRange(role.Sources.Select(c => c.Source.Id));
                    }
                    break;
                case StatementSpec statement:
                    ids.Add(statement.Speaker.Id);
                    if (statement.IssuedThrough != null) ids.Add(statement.IssuedThrough.Id);
                    ids.AddRange(statement.About.Select(a => a.Id));
                    break;
                case EventSpec e:
                    ids.AddRange(e.Participants.Select(p => p.Actor.Id));
                    foreach (var report in e.Fatalities)
                    {
                        ids.AddRange(report.VictimActors.Select(v => v.Id));
                        ids.AddRange(report.Breakdown.Where(s => s.Actor != null).Select(s => s.Actor!.Id));
                        ids.AddRange(report.Sources.Select(c => c.Source.Id));
                    }
                    ids.AddRange(e.Causes.Select(c => c.Id));
                    if (e.PartOf != null) ids.Add(e.PartOf.Id);
                    break;
                case RelationSpec relation:
                    ids.Add(relation.Subject.Id);
                    ids.Add(relation.Object.Id);
                    break;
            }
            foreach (var property in fact.Extra) Strings(property.Value, ids);
            return ids;
        }

        /// <summary>The ids without which the fact is dropped: a statement's speaker, a relation's two actors, and (not knowing
        /// yet which are required) every string among its declared values.</summary>
        public static IEnumerable<string> Required(FactSpec fact)
        {
            var ids = new List<string>();
            if (fact is StatementSpec statement) ids.Add(statement.Speaker.Id);
            if (fact is RelationSpec relation)
            {
                ids.Add(relation.Subject.Id);
                ids.Add(relation.Object.Id);
            }
            foreach (var property in fact.Extra) Strings(property.Value, ids);
            return ids;
        }

        private static void Strings(RawValue value, List<string> into)
        {
            if (value.Text != null && value.Kind == Json.JsonKind.String) into.Add(value.Text);
            foreach (var item in value.Items) Strings(item, into);
            foreach (var property in value.Properties) Strings(property.Value, into);
        }
    }
}
