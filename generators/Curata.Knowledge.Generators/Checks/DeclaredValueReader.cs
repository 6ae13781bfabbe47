using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// Types a fact's raw properties against its kind's declarations: an undeclared property is reported with the closest
    /// declared name, a value of the wrong datatype is reported and left out, and a missing required property drops the fact.
    /// References and terms are only read here; whether they name something is checked with the other references.
    /// </summary>
    internal sealed class DeclaredValueReader
    {
        private readonly DeclaredModel _declared;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Dictionary<string, PropertySpec[]> _required = new Dictionary<string, PropertySpec[]>(StringComparer.Ordinal);

        public DeclaredValueReader(DeclaredModel declared, List<DiagnosticInfo> diagnostics)
        {
            _declared = declared;
            _diagnostics = diagnostics;
        }

        /// <summary>The typed values, ordered by property name, or null when a required property is missing or invalid.</summary>
        /// <param name="what">How messages name the fact; made only when one is reported.</param>
        public EquatableArray<PropertyValueSpec>? Read(FactSpec fact, Func<FactSpec, string> what)
        {
            var required = Required(fact.Kind);
            // Most facts have no declared values and their kind requires none: nothing to read or report.
            if (fact.Extra.Count == 0 && required.Length == 0) return EquatableArray<PropertyValueSpec>.Empty;
            var values = new List<PropertyValueSpec>();
            var failed = false;
            var given = new HashSet<string>(StringComparer.Ordinal);
            foreach (var raw in fact.Extra)
            {
                var property = _declared.Property(fact.Kind, raw.Name.Name);
                if (property == null || property.IsBuiltIn)
                {
                    var names = _declared.Properties.TryGetValue(fact.Kind, out var declared) ? declared.Keys.Concat(new[] { "id", "ids", "sources" }) : Enumerable.Empty<string>();
                    Report(DiagnosticDescriptors.UnknownProperty, raw.Name.Location, what(fact), raw.Name.Name, Names.Suggestion(Names.Closest(raw.Name.Name, names)));
                    continue;
                }
                // An explicit null is the same as leaving the property out.
                if (raw.Value.Kind == JsonKind.Null) continue;
                given.Add(raw.Name.Name);
                var typed = ReadProperty(property, raw.Value);
                if (typed == null || (!property.Many && typed.Count == 0))
                {
                    if (property.Required) failed = true;
                    continue;
                }
                if (typed.Count > 0) values.Add(new PropertyValueSpec(property.Id.Name, typed.ToEquatableArray()));
            }
            foreach (var property in required.Where(p => !given.Contains(p.Id.Name)))
            {
                Report(DiagnosticDescriptors.MissingProperty, fact.Id.Location, what(fact), property.Id.Name);
                failed = true;
            }
            if (failed) return null;
            return values.OrderBy(v => v.Property, StringComparer.Ordinal).ToEquatableArray();
        }

        private PropertySpec[] Required(string kind)
        {
            if (!_required.TryGetValue(kind, out var required))
                _required[kind] = required = _declared.DeclaredPropertiesOf(kind).Where(p => p.Required).ToArray();
            return required;
        }

        private List<ValueSpec>? ReadProperty(PropertySpec property, RawValue raw)
        {
            var name = property.Id.Name;
            if (!property.Many)
            {
                var value = ReadValue(property, name, raw);
                return value == null ? null : new List<ValueSpec> { value };
            }
            if (raw.Kind != JsonKind.Array)
            {
                WrongType(name, raw, "an array of " + Expected(property));
                return null;
            }
            var values = new List<ValueSpec>();
            foreach (var item in raw.Items)
            {
                var value = ReadValue(property, name + "[]", item);
                if (value != null) values.Add(value);
            }
            return values;
        }

        private ValueSpec? ReadValue(PropertySpec property, string name, RawValue raw)
        {
            switch (property.Type)
            {
                case Datatype.Text:
                case Datatype.Verbatim:
                case Datatype.Reference:
                case Datatype.Term:
                    return raw.Kind == JsonKind.String ? ValueSpec.OfText(raw.Text!, raw.Location) : WrongType(name, raw, Expected(property));
                case Datatype.Enum:
                    if (raw.Kind != JsonKind.String) return WrongType(name, raw, Expected(property));
                    if (property.Values.Contains(raw.Text!)) return ValueSpec.OfText(raw.Text!, raw.Location);
                    Report(DiagnosticDescriptors.InvalidEnumValue, raw.Location, raw.Text!, $"value of '{property.Id.Name}'",
                        Names.Suggestion(Names.Closest(raw.Text!, property.Values)), string.Join(", ", property.Values));
                    return null;
                case Datatype.Identifier:
                    if (raw.Kind != JsonKind.String) return WrongType(name, raw, Expected(property));
                    return MatchesScheme(property.Target!.Name, raw.Text!, raw.Location) ? ValueSpec.OfText(raw.Text!, raw.Location) : null;
                case Datatype.Boolean:
                    return raw.Kind == JsonKind.True || raw.Kind == JsonKind.False
                        ? new ValueSpec(null, raw.Kind == JsonKind.True ? 1 : 0, null, null, null, null, raw.Location)
                        : WrongType(name, raw, Expected(property));
                case Datatype.Integer:
                    if (raw.Kind != JsonKind.Number) return WrongType(name, raw, Expected(property));
                    if (long.TryParse(raw.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                        return new ValueSpec(null, integer, null, null, null, null, raw.Location);
                    Report(DiagnosticDescriptors.InvalidNumber, raw.Location, raw.Text!, $"a whole number from {long.MinValue} to {long.MaxValue}");
                    return null;
                case Datatype.Decimal:
                    if (raw.Kind != JsonKind.Number) return WrongType(name, raw, Expected(property));
                    return Decimal(raw.Text!, raw.Location) is string amount ? ValueSpec.OfText(amount, raw.Location) : null;
                case Datatype.Date:
                    if (raw.Kind != JsonKind.String) return WrongType(name, raw, Expected(property));
                    var date = ValueReaders.ParseDate(raw.Text!, raw.Location, _diagnostics);
                    return date == null ? null : new ValueSpec(null, 0, new SpanSpec(date, date, true, raw.Location), null, null, null, raw.Location);
                case Datatype.Span:
                    return Span(name, raw);
                case Datatype.Count:
                    return Count(name, raw);
                case Datatype.Quantity:
                    return Quantity(property, name, raw);
                case Datatype.Point:
                    return Point(name, raw);
                default:
                    return WrongType(name, raw, Expected(property));
            }
        }

        private bool MatchesScheme(string scheme, string value, LocationInfo location)
        {
            if (!_declared.Schemes.TryGetValue(scheme, out var declared) || declared.Pattern == null) return true;
            bool matches;
            try
            {
                matches = declared.Pattern.IsMatch(value);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                matches = false;
            }
            if (!matches) Report(DiagnosticDescriptors.IdentifierMismatch, location, value, scheme, declared.Scheme.Pattern!);
            return matches;
        }

        /// <summary>Checks every external identifier of a fact against its scheme; returns those that are valid.</summary>
        public EquatableArray<ExternalIdSpec> ExternalIds(EquatableArray<ExternalIdSpec> ids)
        {
            if (ids.Count == 0) return ids;
            var valid = new List<ExternalIdSpec>();
            foreach (var id in ids)
            {
                if (!_declared.Schemes.ContainsKey(id.Scheme.Name))
                {
                    Report(DiagnosticDescriptors.UndeclaredName, id.Scheme.Location, "identifier scheme", id.Scheme.Name, Names.Suggestion(Names.Closest(id.Scheme.Name, _declared.Schemes.Keys)));
                    continue;
                }
                if (MatchesScheme(id.Scheme.Name, id.Value, id.ValueLocation)) valid.Add(id);
            }
            return valid.OrderBy(i => i.Scheme.Name, StringComparer.Ordinal).ToEquatableArray();
        }

        private string? Decimal(string text, LocationInfo location)
        {
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value.ToString(CultureInfo.InvariantCulture);
            Report(DiagnosticDescriptors.InvalidNumber, location, text, "a decimal number of at most 28 significant digits");
            return null;
        }

        private ValueSpec? Span(string name, RawValue raw)
        {
            if (raw.Kind == JsonKind.String)
            {
                var date = ValueReaders.ParseDate(raw.Text!, raw.Location, _diagnostics);
                return date == null ? null : new ValueSpec(null, 0, new SpanSpec(date, date, true, raw.Location), null, null, null, raw.Location);
            }
            if (raw.Kind != JsonKind.Object) return WrongType(name, raw, "a date string or an object with 'from' and/or 'to'");
            var parts = Parts(raw, $"the span '{name}'", "from", "to");
            DateSpec? Part(string part)
            {
                if (!parts.TryGetValue(part, out var value)) return null;
                if (value.Kind == JsonKind.String) return ValueReaders.ParseDate(value.Text!, value.Location, _diagnostics);
                WrongType(part, value, "a date string (yyyy, yyyy-MM or yyyy-MM-dd)");
                return null;
            }
            var from = Part("from");
            var to = Part("to");
            if (parts.Count == 0)
            {
                Report(DiagnosticDescriptors.MissingProperty, raw.Location, $"the span '{name}'", "from' or 'to");
                return null;
            }
            if (from == null && to == null) return null;
            if (from != null && to != null && to.Value.Latest < from.Value.Earliest)
            {
                Report(DiagnosticDescriptors.SpanEndsBeforeStart, to.Location, to.ToString(), from.ToString());
                return null;
            }
            return new ValueSpec(null, 0, new SpanSpec(from, to, false, raw.Location), null, null, null, raw.Location);
        }

        private ValueSpec? Count(string name, RawValue raw)
        {
            if (raw.Kind != JsonKind.Object) return WrongType(name, raw, "an object with 'low', 'best' and/or 'high'");
            var parts = Parts(raw, $"the count '{name}'", "low", "best", "high");
            int? Part(string part)
            {
                if (!parts.TryGetValue(part, out var value)) return null;
                if (value.Kind == JsonKind.Number && int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
                if (value.Kind == JsonKind.Number) Report(DiagnosticDescriptors.InvalidNumber, value.Location, value.Text!, $"a whole number from 0 to {int.MaxValue}");
                else WrongType(part, value, "a whole number");
                return null;
            }
            var low = Part("low");
            var best = Part("best");
            var high = Part("high");
            if (low == null && best == null && high == null)
            {
                if (parts.Count == 0) Report(DiagnosticDescriptors.MissingProperty, raw.Location, $"the count '{name}'", "low', 'best' or 'high");
                return null;
            }
            var disorder = ValueReaders.Disorder(low, best, high);
            if (disorder != null)
            {
                Report(DiagnosticDescriptors.CountOutOfOrder, raw.Location, disorder);
                return null;
            }
            return new ValueSpec(null, 0, null, new CountSpec(low, best, high, raw.Location), null, null, raw.Location);
        }

        private ValueSpec? Quantity(PropertySpec property, string name, RawValue raw)
        {
            if (raw.Kind == JsonKind.Number && property.Unit != null)
                return Decimal(raw.Text!, raw.Location) is string bare ? new ValueSpec(bare, 0, null, null, property.Unit, null, raw.Location) : null;
            if (raw.Kind != JsonKind.Object) return WrongType(name, raw, Expected(property));
            var parts = Parts(raw, $"the quantity '{name}'", "amount", "unit");
            string? amount = null;
            if (!parts.TryGetValue("amount", out var amountValue)) Report(DiagnosticDescriptors.MissingProperty, raw.Location, $"the quantity '{name}'", "amount");
            else if (amountValue.Kind != JsonKind.Number) WrongType("amount", amountValue, "a number");
            else amount = Decimal(amountValue.Text!, amountValue.Location);
            var unit = property.Unit;
            if (parts.TryGetValue("unit", out var unitValue))
            {
                if (unitValue.Kind == JsonKind.String && unitValue.Text!.Length > 0) unit = unitValue.Text;
                else WrongType("unit", unitValue, "a unit string");
            }
            else if (unit == null) Report(DiagnosticDescriptors.MissingProperty, raw.Location, $"the quantity '{name}'", "unit");
            return amount == null || unit == null ? null : new ValueSpec(amount, 0, null, null, unit, null, raw.Location);
        }

        private ValueSpec? Point(string name, RawValue raw)
        {
            if (raw.Kind != JsonKind.Object) return WrongType(name, raw, "an object with 'latitude', 'longitude' and optionally 'precision'");
            var parts = Parts(raw, $"the point '{name}'", "latitude", "longitude", "precision");
            double? Part(string part, double limit, bool required)
            {
                if (!parts.TryGetValue(part, out var value))
                {
                    if (required) Report(DiagnosticDescriptors.MissingProperty, raw.Location, $"the point '{name}'", part);
                    return null;
                }
                if (value.Kind != JsonKind.Number)
                {
                    WrongType(part, value, "a number");
                    return null;
                }
                if (double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Math.Abs(number) <= limit && (part != "precision" || number > 0))
                    return number;
                Report(DiagnosticDescriptors.InvalidNumber, value.Location, value.Text!, part == "precision" ? "a positive number of degrees" : $"a number of degrees from -{limit} to {limit}");
                return null;
            }
            var latitude = Part("latitude", 90, true);
            var longitude = Part("longitude", 180, true);
            var precision = Part("precision", 360, false);
            return latitude == null || longitude == null ? null
                : new ValueSpec(null, 0, null, null, null, new PointSpec(latitude.Value, longitude.Value, precision), raw.Location);
        }

        // The named parts of a composite value; anything else is reported as unknown.
        private Dictionary<string, RawValue> Parts(RawValue raw, string what, params string[] allowed)
        {
            var parts = new Dictionary<string, RawValue>(StringComparer.Ordinal);
            foreach (var property in raw.Properties)
            {
                if (parts.ContainsKey(property.Name.Name))
                {
                    Report(DiagnosticDescriptors.DuplicateProperty, property.Name.Location, property.Name.Name);
                }
                else if (Array.IndexOf(allowed, property.Name.Name) < 0)
                {
                    Report(DiagnosticDescriptors.UnknownProperty, property.Name.Location, what, property.Name.Name, Names.Suggestion(Names.Closest(property.Name.Name, allowed)));
                }
                else if (property.Value.Kind != JsonKind.Null)
                {
                    parts.Add(property.Name.Name, property.Value);
                }
            }
            return parts;
        }

        private static string Expected(PropertySpec property) => property.Type switch
        {
            Datatype.Text or Datatype.Verbatim => "a string",
            Datatype.Reference => $"the id of {(property.Target!.Name == "fact" ? "a fact" : "a fact of kind '" + property.Target.Name + "'")}",
            Datatype.Term => $"the id of a term of '{property.Target!.Name}'",
            Datatype.Enum => "one of " + string.Join(", ", property.Values),
            Datatype.Identifier => $"a {property.Target!.Name} identifier string",
            Datatype.Boolean => "true or false",
            Datatype.Integer => "a whole number",
            Datatype.Decimal => "a number",
            Datatype.Date => "a date string",
            Datatype.Quantity => property.Unit == null ? "an object with 'amount' and 'unit'" : $"a number of {property.Unit} or an object with 'amount' and 'unit'",
            _ => "a " + Names.ToKebabCase(property.Type.ToString()),
        };

        private ValueSpec? WrongType(string name, RawValue raw, string expected)
        {
            Report(DiagnosticDescriptors.WrongValueType, raw.Location, name, expected, ObjectReader.Describe(raw.Kind));
            return null;
        }

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
