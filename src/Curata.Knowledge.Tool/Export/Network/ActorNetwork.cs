using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Export.Network
{
    /// <summary>A node of the exported network: an actor, or (in the bipartite network) an event.</summary>
    internal sealed record NetworkNode(string Id, string Label, string Type, string? Kind, string? Date);

    /// <summary>An edge: a relation (subject to object, labelled with its predicate and span) or a participation (actor to event, with the role).</summary>
    internal sealed record NetworkEdge(string Id, string Source, string Target, string Label, string? Span, string? From, string? To, string? Role);

    /// <summary>
    /// The actor network of a knowledge base: every actor a node, every relation a directed edge. With events, also every
    /// event a node and every participation an edge from the actor to the event (a bipartite actor–event layer).
    /// </summary>
    internal sealed class ActorNetwork
    {
        private ActorNetwork(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges)
        {
            Nodes = nodes;
            Edges = edges;
        }

        public IReadOnlyList<NetworkNode> Nodes { get; }

        public IReadOnlyList<NetworkEdge> Edges { get; }

        public static ActorNetwork Build(KnowledgeBaseSpec spec, bool withEvents)
        {
            var nodes = spec.Actors.Select(a => new NetworkNode(a.Id.Id, a.Name, "actor", a.ActorKind?.Id, null)).ToList();
            var edges = spec.Relations.Select(r => new NetworkEdge(r.Id.Id, r.Subject.Id, r.Object.Id, r.Predicate.Id,
                r.Span?.ToString(), r.Span?.From?.ToString(), r.Span?.To?.ToString(), null)).ToList();
            if (withEvents)
            {
                foreach (var e in spec.Events)
                {
                    nodes.Add(new NetworkNode(e.Id.Id, e.Name ?? e.Id.Id, "event", e.Type.Id, e.Date?.ToString()));
                    // Participation edges are named after the event and position: ids never contain '#', so they cannot clash with a relation's.
                    for (var i = 0; i < e.Participants.Count; i++)
                    {
                        var p = e.Participants[i];
                        edges.Add(new NetworkEdge($"{e.Id.Id}#{i}", p.Actor.Id, e.Id.Id, "participates-in", null, null, null, p.Role.Id));
                    }
                }
            }
            return new ActorNetwork(nodes, edges);
        }
    }
}
