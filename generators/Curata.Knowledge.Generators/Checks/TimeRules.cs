using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// Dates that cannot all be true: acting outside one's lifespan, an effect before its cause, a fact dated after the only
    /// source that reports it was published. Only certain contradictions are reported: partial dates that merely overlap pass.
    /// </summary>
    internal static class TimeRules
    {
        /// <summary>A statement: its speaker alive when it speaks; not dated after the only source that reports it.</summary>
        public static void Statement(CheckedFacts facts, StatementSpec statement)
        {
            if (statement.Date == null) return;
            OutsideLifespan(facts, statement.Speaker, statement.Date, "statement", statement.Id.Id, "speaks");
            AfterOnlySource(facts, statement.Id.Id, statement.Date, statement.Sources);
        }

        /// <summary>An event: its participants alive; not dated after its only source; not before what caused it.</summary>
        public static void Event(CheckedFacts facts, EventSpec e)
        {
            if (e.Date == null) return;
            foreach (var participant in e.Participants)
                OutsideLifespan(facts, participant.Actor, e.Date, "event", e.Id.Id, "takes part");
            AfterOnlySource(facts, e.Id.Id, e.Date, e.Sources);
            foreach (var cause in e.Causes)
            {
                if (facts.EventsById.TryGetValue(cause.Id, out var causeEvent) && causeEvent.Date != null && e.Date.IsCertainlyBefore(causeEvent.Date))
                {
                    facts.Report(DiagnosticDescriptors.EffectBeforeCause, cause.Location, causeEvent.Date.Location,
                        e.Id.Id, e.Date.ToString(), cause.Id, causeEvent.Date.ToString());
                }
            }
        }

        /// <summary>An actor: its roles within its lifespan.</summary>
        public static void Roles(CheckedFacts facts, ActorSpec actor)
        {
            if (actor.Lifespan == null) return;
            foreach (var role in actor.Roles)
            {
                if (role.Span == null) continue;
                if (role.Span.IsCertainlyBefore(actor.Lifespan) || actor.Lifespan.IsCertainlyBefore(role.Span)
                    || (role.Span.From != null && actor.Lifespan.From != null && role.Span.From.Value.IsDefinitelyBefore(actor.Lifespan.From.Value))
                    || (role.Span.To != null && actor.Lifespan.To != null && role.Span.To.Value.IsDefinitelyAfter(actor.Lifespan.To.Value)))
                {
                    facts.Report(DiagnosticDescriptors.RoleOutsideLifespan, role.Span.Location, actor.Id.Id, role.Span.ToString(), actor.Lifespan.ToString());
                }
            }
        }

        // The fact is named by its kind and id, put into words only when reported: every statement and event passes here.
        private static void OutsideLifespan(CheckedFacts facts, IdRef actorRef, SpanSpec date, string kind, string id, string verb)
        {
            if (!facts.ActorsById.TryGetValue(actorRef.Id, out var actor) || actor.Lifespan == null) return;
            var lifespan = actor.Lifespan;
            var problem = lifespan.IsCertainlyBefore(date) ? "after its lifespan ends"
                : date.IsCertainlyBefore(lifespan) ? "before its lifespan starts"
                : null;
            if (problem == null) return;
            facts.Report(DiagnosticDescriptors.OutsideLifespan, actorRef.Location, lifespan.Location,
                actorRef.Id, verb, $"{kind} '{id}'", date.ToString(), problem, lifespan.ToString());
        }

        private static void AfterOnlySource(CheckedFacts facts, string id, SpanSpec date, EquatableArray<CitationSpec> citations)
        {
            if (citations.Count == 0) return;
            var only = citations[0].Source.Id;
            for (var i = 1; i < citations.Count; i++)
            {
                if (citations[i].Source.Id != only) return;
            }
            if (!facts.SourcesById.TryGetValue(only, out var source) || source.Published == null) return;
            if (date.Earliest is System.DateTime start && start > source.Published.Value.Latest)
            {
                facts.Report(DiagnosticDescriptors.AfterOnlySource, date.Location, id, date.ToString(), source.Id.Id, source.Published.ToString());
            }
        }
    }
}
