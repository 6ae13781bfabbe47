using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Explore
{
    /// <summary>
    /// The actor network: every actor in a relation on a circle, neighbours placed next to each other (breadth first from the
    /// best-connected actor, ties by id, so the same facts always give the same drawing), each relation an arrow labelled with
    /// its predicate and its span. Each relation carries the first and last day it may have held, so the page's script can
    /// hide what a chosen date certainly excludes.
    /// </summary>
    internal static class NetworkDrawing
    {
        // Room beside the circle for actors' names, and above and below it for a line of text.
        private const double LabelRoom = 230, TopRoom = 40, NodeRadius = 7;

        public static string Write(FactCatalog catalog)
        {
            var relations = catalog.Spec.Relations;
            var body = new StringBuilder();
            body.Append("<p class=\"lead\">Who stands in what relation to whom. Pick a date to keep only the relations that may have held on it: "
                + "a relation is hidden only when its dates certainly rule that day out.</p>\n")
                .Append("<form class=\"date-filter\"><label for=\"on-date\">Held on</label> <input type=\"date\" id=\"on-date\" name=\"date\"> ")
                .Append("<button type=\"button\" id=\"all-dates\">Any date</button></form>\n")
                .Append($"<p id=\"network-status\" class=\"status\" data-total=\"{relations.Count}\">Showing all {Count(relations.Count)}.</p>\n");
            if (relations.Count == 0) return body.ToString();

            var order = Order(relations);
            var radius = Math.Max(160, order.Count * 13);
            var (width, height) = (2 * (radius + LabelRoom), 2 * (radius + TopRoom));
            var (centreX, centreY) = (width / 2, height / 2);
            var position = new Dictionary<string, (double X, double Y, double Angle)>(StringComparer.Ordinal);
            for (var i = 0; i < order.Count; i++)
            {
                var angle = 2 * Math.PI * i / order.Count - Math.PI / 2;
                position[order[i]] = (centreX + radius * Math.Cos(angle), centreY + radius * Math.Sin(angle), angle);
            }

            var svg = new StringBuilder();
            svg.Append($"<svg id=\"network\" class=\"network\" viewBox=\"0 0 {Num(width)} {Num(height)}\" width=\"{Num(width)}\" height=\"{Num(height)}\" role=\"img\" aria-label=\"Network of relations between actors\">")
                .Append("<defs><marker id=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 Z\"/></marker></defs>");
            // Relations between the same two actors bend apart so neither hides the other.
            foreach (var pair in relations.GroupBy(r => string.CompareOrdinal(r.Subject.Id, r.Object.Id) < 0 ? (r.Subject.Id, r.Object.Id) : (r.Object.Id, r.Subject.Id)))
            {
                var list = pair.ToList();
                for (var i = 0; i < list.Count; i++) svg.Append(Edge(catalog, list[i], position, (i - (list.Count - 1) / 2.0) * 60));
            }
            foreach (var id in order)
            {
                var (x, y, angle) = position[id];
                var right = Math.Cos(angle) >= -0.01;
                var lx = x + Math.Cos(angle) * 14;
                var ly = y + Math.Sin(angle) * 14 + 4;
                svg.Append($"<a class=\"node\" data-actor=\"{id}\" href=\"{FactCatalog.PagePath(id)}\"><circle cx=\"{Num(x)}\" cy=\"{Num(y)}\" r=\"{Num(NodeRadius)}\"/>")
                    .Append($"<text x=\"{Num(lx)}\" y=\"{Num(ly)}\" text-anchor=\"{(right ? "start" : "end")}\">{Html.Text(catalog.Title(id))}</text></a>");
            }
            body.Append("<div class=\"network-frame\">").Append(svg.Append("</svg>")).Append("</div>\n");

            body.Append("<section><h2>The relations</h2><ul class=\"relation-list\">");
            foreach (var relation in relations.OrderBy(r => catalog.Title(r.Subject.Id), StringComparer.Ordinal).ThenBy(r => r.Id.Id, StringComparer.Ordinal))
            {
                body.Append($"<li {HeldAttributes(relation)}><a href=\"{FactCatalog.PagePath(relation.Subject.Id)}\">{Html.Text(catalog.Title(relation.Subject.Id))}</a>")
                    .Append($" <span class=\"predicate\">\u2014 {Html.Text(catalog.TermName(Vocabularies.Predicates, relation.Predicate.Id))} \u2014</span> ")
                    .Append($"<a href=\"{FactCatalog.PagePath(relation.Object.Id)}\">{Html.Text(catalog.Title(relation.Object.Id))}</a>")
                    .Append($", <span class=\"span-words\">{Html.Text(relation.Span == null ? "no dates given" : SpecDates.Words(relation.Span))}</span>")
                    .Append($" <a class=\"more\" href=\"{FactCatalog.PagePath(relation.Id.Id)}\">details</a></li>");
            }
            return body.Append("</ul></section>\n").ToString();
        }

        private static string Count(int relations) => relations == 1 ? "1 relation" : $"{relations} relations";

        private static string Edge(FactCatalog catalog, RelationSpec relation, IReadOnlyDictionary<string, (double X, double Y, double Angle)> position, double bend)
        {
            var (x1, y1, _) = position[relation.Subject.Id];
            var (x2, y2, _) = position[relation.Object.Id];
            var length = Math.Max(1, Math.Sqrt((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)));
            var (nx, ny) = (-(y2 - y1) / length, (x2 - x1) / length);
            // Bends are measured from the pair's own direction, so a relation and its reverse bend to opposite sides.
            if (string.CompareOrdinal(relation.Subject.Id, relation.Object.Id) > 0) (nx, ny) = (-nx, -ny);
            var (cx, cy) = ((x1 + x2) / 2 + nx * bend * 2, (y1 + y2) / 2 + ny * bend * 2);
            // The arrow stops at the object's circle.
            var (ex, ey) = (x2 - cx, y2 - cy);
            var toEnd = Math.Max(1, Math.Sqrt(ex * ex + ey * ey));
            var (tx, ty) = (x2 - ex / toEnd * (NodeRadius + 2), y2 - ey / toEnd * (NodeRadius + 2));
            var (mx, my) = (0.25 * x1 + 0.5 * cx + 0.25 * x2, 0.25 * y1 + 0.5 * cy + 0.25 * y2);
            var label = catalog.TermName(Vocabularies.Predicates, relation.Predicate.Id) + (relation.Span == null ? "" : ", " + SpecDates.Words(relation.Span));
            return $"<g class=\"edge\" {HeldAttributes(relation)}><title>{Html.Text(catalog.Title(relation.Id.Id))}</title>"
                + $"<path d=\"M{Num(x1)},{Num(y1)} Q{Num(cx)},{Num(cy)} {Num(tx)},{Num(ty)}\" marker-end=\"url(#arrowhead)\"/>"
                + $"<text x=\"{Num(mx)}\" y=\"{Num(my)}\" dy=\"-4\" text-anchor=\"middle\" transform=\"rotate({Num(ReadableAngle(x1, y1, x2, y2))} {Num(mx)} {Num(my)})\">{Html.Text(label)}</text></g>";
        }

        // Labels lie along their edge, which keeps those of neighbouring edges apart, and never read upside down.
        private static double ReadableAngle(double x1, double y1, double x2, double y2)
        {
            var degrees = Math.Atan2(y2 - y1, x2 - x1) * 180 / Math.PI;
            return degrees > 90 ? degrees - 180 : degrees < -90 ? degrees + 180 : degrees;
        }

        /// <summary>The relation's id, its two actors, and the first and last day it may have held (empty when open), for the date filter.</summary>
        private static string HeldAttributes(RelationSpec relation)
        {
            var span = relation.Span == null ? (DateSpan?)null : SpecDates.ToSpan(relation.Span);
            return $"data-relation=\"{relation.Id.Id}\" data-subject=\"{relation.Subject.Id}\" data-object=\"{relation.Object.Id}\" data-earliest=\"{Day(span?.Earliest)}\" data-latest=\"{Day(span?.Latest)}\"";
        }

        private static string Day(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

        // Breadth first from the best-connected actor, neighbours by id; then the next unvisited group the same way.
        private static List<string> Order(IReadOnlyList<RelationSpec> relations)
        {
            var neighbours = relations.SelectMany(r => new[] { (r.Subject.Id, r.Object.Id), (r.Object.Id, r.Subject.Id) })
                .GroupBy(p => p.Item1, p => p.Item2, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            var order = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var start in neighbours.Keys.OrderByDescending(k => neighbours[k].Count).ThenBy(k => k, StringComparer.Ordinal))
            {
                if (!seen.Add(start)) continue;
                var queue = new Queue<string>(new[] { start });
                while (queue.Count > 0)
                {
                    var actor = queue.Dequeue();
                    order.Add(actor);
                    foreach (var next in neighbours[actor].Where(seen.Add)) queue.Enqueue(next);
                }
            }
            return order;
        }

        private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
