using System;
using System.Collections.Generic;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>Readers for the format's composite values: dates, spans, counts and citations.</summary>
    internal static class ValueReaders
    {
        private static readonly string[] SpanProperties = { "from", "to" };
        private static readonly string[] CountProperties = { "low", "best", "high" };
        private static readonly string[] CitationProperties = { "source", "paragraph", "note" };

        public static DateSpec? Date(ReadContext context, ObjectReader owner, string name, bool required = false)
        {
            var node = owner.Present(name, required);
            if (!node.Exists) return null;
            if (node.Kind != JsonKind.String) return owner.WrongType<DateSpec>(name, node, "a date string (yyyy, yyyy-MM or yyyy-MM-dd)", required);
            var date = ParseDate(context, node);
            if (date == null && required) owner.Fail();
            return date;
        }

        public static DateSpec? ParseDate(ReadContext context, JsonValue text) => ParseDate(text.String!, context.Locate(text), context.Diagnostics);

        /// <summary>A partial date as written; problems are added to <paramref name="diagnostics"/>.</summary>
        public static DateSpec? ParseDate(string value, LocationInfo location, List<DiagnosticInfo> diagnostics)
        {
            void Report(string reason) => diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDate, location, value, reason));
            var approximate = value.StartsWith("~", StringComparison.Ordinal);
            var body = approximate ? value.Substring(1) : value;
            TimeSpan? time = null, offset = null;
            var hasSeconds = false;
            if (body.Length > 10 && body[10] == 'T')
            {
                if (!PartialDate.TryParseTime(body, 10, out var timeOfDay, out offset, out hasSeconds))
                {
                    Report("write a time of day as THH:mm or THH:mm:ss after a full date, optionally followed by Z or an offset such as +03:00");
                    return null;
                }
                time = timeOfDay;
                body = body.Substring(0, 10);
            }
            if (!(body.Length == 4 || (body.Length == 7 && body[4] == '-') || (body.Length == 10 && body[4] == '-' && body[7] == '-'))
                || !PartialDate.TryDigits(body, 0, 4, out var year)
                || (body.Length >= 7 && !PartialDate.TryDigits(body, 5, 2, out _))
                || (body.Length == 10 && !PartialDate.TryDigits(body, 8, 2, out _)))
            {
                Report("write yyyy, yyyy-MM or yyyy-MM-dd, optionally prefixed by ~ when approximate");
                return null;
            }
            int? month = null, day = null;
            if (year < 1)
            {
                Report("there is no year 0");
                return null;
            }
            if (body.Length >= 7)
            {
                PartialDate.TryDigits(body, 5, 2, out var m);
                if (m < 1 || m > 12)
                {
                    Report($"there is no month {m}");
                    return null;
                }
                month = m;
            }
            if (body.Length == 10)
            {
                PartialDate.TryDigits(body, 8, 2, out var d);
                var days = DateTime.DaysInMonth(year, month!.Value);
                if (d < 1 || d > days)
                {
                    Report($"{year:D4}-{month:D2} has {days} days");
                    return null;
                }
                day = d;
            }
            return new DateSpec(year, month, day, approximate, location, time, offset, hasSeconds);
        }

        /// <summary>A span: a date string, or an object with <c>from</c> and/or <c>to</c>.</summary>
        public static SpanSpec? Span(ReadContext context, ObjectReader owner, string name)
        {
            var node = owner.Present(name, false);
            if (!node.Exists) return null;
            var location = context.Locate(node);
            if (node.Kind == JsonKind.String)
            {
                var date = ParseDate(context, node);
                return date == null ? null : new SpanSpec(date, date, true, location);
            }
            if (node.Kind != JsonKind.Object) return owner.WrongType<SpanSpec>(name, node, "a date string or an object with 'from' and/or 'to'", false);
            using var reader = context.Reader(node, new MessageText("the span '{0}'", name), SpanProperties);
            var from = Date(context, reader, "from");
            var to = Date(context, reader, "to");
            if (!reader.Node("from").Exists && !reader.Node("to").Exists)
            {
                context.Report(DiagnosticDescriptors.MissingProperty, location, reader.What, "from' or 'to");
                return null;
            }
            if (from != null && to != null && to.Value.Latest < from.Value.Earliest)
            {
                context.Report(DiagnosticDescriptors.SpanEndsBeforeStart, to.Location, to.ToString(), from.ToString());
                return null;
            }
            return new SpanSpec(from, to, false, location);
        }

        public static CountSpec? Count(ReadContext context, ObjectReader owner, string name, bool required = false)
        {
            var node = owner.Present(name, required);
            if (!node.Exists) return null;
            if (node.Kind != JsonKind.Object) return owner.WrongType<CountSpec>(name, node, "an object with 'low', 'best' and/or 'high'", required);
            using var reader = context.Reader(node, new MessageText("the count '{0}'", name), CountProperties);
            var low = reader.Int("low", 0);
            var best = reader.Int("best", 0);
            var high = reader.Int("high", 0);
            var location = context.Locate(node);
            if (low == null && best == null && high == null)
            {
                if (!reader.Node("low").Exists && !reader.Node("best").Exists && !reader.Node("high").Exists)
                    context.Report(DiagnosticDescriptors.MissingProperty, location, reader.What, "low', 'best' or 'high");
                if (required) owner.Fail();
                return null;
            }
            var disorder = Disorder(low, best, high);
            if (disorder != null)
            {
                context.Report(DiagnosticDescriptors.CountOutOfOrder, location, disorder);
                if (required) owner.Fail();
                return null;
            }
            return new CountSpec(low, best, high, location);
        }

        public static string? Disorder(int? low, int? best, int? high)
        {
            if (low > best) return $"low ({low}) is above best ({best})";
            if (best > high) return $"best ({best}) is above high ({high})";
            if (low > high) return $"low ({low}) is above high ({high})";
            return null;
        }

        public static EquatableArray<CitationSpec> Citations(ReadContext context, ObjectReader owner, string name = "sources")
        {
            var items = owner.Items(name, "an array of citations");
            var citations = new EquatableArrayBuilder<CitationSpec>(items.Count);
            foreach (var item in items)
            {
                if (item.Kind != JsonKind.Object)
                {
                    context.Report(DiagnosticDescriptors.WrongValueType, context.Locate(item), name + "[]", "a citation object", ObjectReader.Describe(item));
                    continue;
                }
                using var reader = context.Reader(item, "a citation", CitationProperties);
                var source = reader.Id("source", required: true);
                var paragraph = reader.Int("paragraph", 1);
                var note = reader.String("note");
                if (!reader.Failed && source != null) citations.Add(new CitationSpec(source, paragraph, note));
            }
            return citations.ToEquatableArray();
        }
    }
}
