using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>
    /// Reads the properties of one JSON object against the format: reports repeated properties when created, then reports wrong
    /// types, missing required values and invalid values as each property is read. A required value that is missing or invalid
    /// sets <see cref="Failed"/>, and the caller drops the whole fact; an invalid optional value is reported and read as absent.
    /// Unknown properties: a nested object with a fixed shape names what it allows, and the rest are reported at once; a fact,
    /// whose kind may have declared properties, records what was read and hands the rest over (<see cref="Unread"/>).
    /// </summary>
    internal sealed class ObjectReader
    {
        private readonly ReadContext _context;
        private readonly JsonObject _object;
        private readonly Dictionary<string, JsonProperty> _properties = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
        // What was read, kept only for an object whose unknown properties are handed over (Unread): most objects list what they allow.
        private readonly HashSet<string>? _read;

        public ObjectReader(ReadContext context, JsonObject obj, string what, IReadOnlyList<string>? allowed)
        {
            _context = context;
            _object = obj;
            if (allowed == null) _read = new HashSet<string>(StringComparer.Ordinal);
            What = what;
            foreach (var property in obj.Properties)
            {
                if (_properties.ContainsKey(property.Name))
                {
                    context.Report(DiagnosticDescriptors.DuplicateProperty, NameLocation(property), property.Name);
                    continue;
                }
                _properties.Add(property.Name, property);
                if (allowed != null && !allowed.Contains(property.Name))
                {
                    context.Report(DiagnosticDescriptors.UnknownProperty, NameLocation(property), what, property.Name,
                        Names.Suggestion(Names.Closest(property.Name, allowed)));
                }
            }
        }

        /// <summary>How messages name this object ("actor 'hadi-al-ameri'").</summary>
        public string What { get; }

        /// <summary>True once a required value was missing or invalid.</summary>
        public bool Failed { get; private set; }

        public LocationInfo Location => _context.Locate(_object.Start, 1);

        public JsonNode? Node(string name) => _properties.TryGetValue(name, out var property) ? property.Value : null;

        /// <summary>
        /// The longest string value read. Every string is compiled into the generated code (the fact table, and the XML docs of
        /// its fact), so one huge value makes every build slow and large (as string literals, one of 50 MB broke it: CS8103).
        /// </summary>
        public const int MaxStringLength = 100000;

        public string? String(string name, bool required = false)
        {
            var node = Present(name, required);
            if (node == null) return null;
            if (node is JsonString text) return TooLong(name, text, required) ? null : text.Value;
            return WrongType(name, node, "a string", required);
        }

        // Reported where the value is written, and read as absent (or, when required, the fact is dropped).
        private bool TooLong(string name, JsonString text, bool required)
        {
            if (text.Value.Length <= MaxStringLength) return false;
            _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(text), name,
                $"a string of at most {MaxStringLength.ToString("N0", CultureInfo.InvariantCulture)} characters",
                $"one of {text.Value.Length.ToString("N0", CultureInfo.InvariantCulture)}");
            if (required) Failed = true;
            return true;
        }

        // An id that breaks the pattern is KB0005; one that keeps it but is too long to be a C# member name says so.
        private void ReportInvalidId(string name, JsonString text)
        {
            if (Names.HasIdPattern(text.Value))
            {
                _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(text), name,
                    $"an id of at most {Names.MaxIdLength} characters", $"one of {text.Value.Length.ToString("N0", CultureInfo.InvariantCulture)}");
                return;
            }
            _context.Report(DiagnosticDescriptors.InvalidId, _context.Locate(text), text.Value);
        }

        public IdRef? Id(string name, bool required = false)
        {
            var node = Present(name, required);
            if (node == null) return null;
            if (node is not JsonString text) return WrongType<IdRef>(name, node, "an id string", required);
            var location = _context.Locate(node);
            if (!Names.IsValidId(text.Value))
            {
                ReportInvalidId(name, text);
                if (required) Failed = true;
                return null;
            }
            return new IdRef(text.Value, location);
        }

        public EquatableArray<IdRef> Ids(string name)
        {
            var ids = new List<IdRef>();
            foreach (var item in Items(name, "an array of id strings"))
            {
                if (item is not JsonString text)
                {
                    _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(item), name + "[]", "an id string", Describe(item));
                }
                else if (!Names.IsValidId(text.Value))
                {
                    ReportInvalidId(name + "[]", text);
                }
                else
                {
                    ids.Add(new IdRef(text.Value, _context.Locate(item)));
                }
            }
            return ids.ToEquatableArray();
        }

        public EquatableArray<string> Strings(string name)
        {
            var values = new List<string>();
            foreach (var item in Items(name, "an array of strings"))
            {
                if (item is JsonString text)
                {
                    if (!TooLong(name + "[]", text, required: false)) values.Add(text.Value);
                }
                else _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(item), name + "[]", "a string", Describe(item));
            }
            return values.ToEquatableArray();
        }

        /// <summary>The elements of an optional array property (none when absent or not an array).</summary>
        public IEnumerable<JsonNode> Items(string name, string expected, bool required = false)
        {
            var node = Present(name, required);
            if (node == null) return Array.Empty<JsonNode>();
            if (node is JsonArray array) return array.Items;
            WrongType<object>(name, node, expected, required);
            return Array.Empty<JsonNode>();
        }

        public bool? Bool(string name)
        {
            var node = Present(name, false);
            if (node == null) return null;
            if (node.Kind == JsonKind.True) return true;
            if (node.Kind == JsonKind.False) return false;
            _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(node), name, "true or false", Describe(node));
            return null;
        }

        /// <summary>A whole number of at least <paramref name="minimum"/>.</summary>
        public int? Int(string name, int minimum, bool required = false)
        {
            var node = Present(name, required);
            if (node == null) return null;
            if (node is not JsonNumber number) return WrongType<int?>(name, node, "a whole number", required);
            if (int.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum) return value;
            _context.Report(DiagnosticDescriptors.InvalidNumber, _context.Locate(node), number.Text,
                $"a whole number from {minimum} to {int.MaxValue}");
            if (required) Failed = true;
            return null;
        }

        /// <summary>A member of <typeparamref name="TEnum"/>, spelled in kebab case; returns the member's C# name.</summary>
        public string? Enum<TEnum>(string name, string what, bool required = false) where TEnum : struct
        {
            var text = String(name, required);
            if (text == null) return null;
            return EnumValue<TEnum>(text, Node(name)!, what, required);
        }

        public string? EnumValue<TEnum>(string text, JsonNode node, string what, bool required) where TEnum : struct
        {
            var allowed = System.Enum.GetNames(typeof(TEnum)).Select(Names.ToKebabCase).ToArray();
            if (allowed.Contains(text)) return Names.ToPascalCase(text);
            _context.Report(DiagnosticDescriptors.InvalidEnumValue, _context.Locate(node), text, what,
                Names.Suggestion(Names.Closest(text, allowed)), string.Join(", ", allowed));
            if (required) Failed = true;
            return null;
        }

        /// <summary>The properties not read so far, as raw values (in the order written), for the declarations to type.</summary>
        public EquatableArray<RawProperty> Unread()
        {
            List<RawProperty>? unread = null;
            foreach (var property in _properties.Values)
            {
                if (_read == null || _read.Contains(property.Name)) continue;
                (unread ??= new List<RawProperty>()).Add(new RawProperty(new NameRef(property.Name, NameLocation(property)), RawValues.From(_context, property.Value)));
            }
            // Most facts have no property their kind's reader left unread: no array for them.
            return unread == null ? EquatableArray<RawProperty>.Empty : unread.ToEquatableArray();
        }

        public JsonNode? Present(string name, bool required)
        {
            _read?.Add(name);
            if (_properties.TryGetValue(name, out var property))
            {
                // An explicit null is the same as leaving an optional property out.
                if (property.Value.Kind != JsonKind.Null) return property.Value;
                if (!required) return null;
            }
            if (required)
            {
                _context.Report(DiagnosticDescriptors.MissingProperty, Location, What, name);
                Failed = true;
            }
            return null;
        }

        public T? WrongType<T>(string name, JsonNode node, string expected, bool required)
        {
            _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(node), name, expected, Describe(node));
            if (required) Failed = true;
            return default;
        }

        private string? WrongType(string name, JsonNode node, string expected, bool required) => WrongType<string>(name, node, expected, required);

        public void Fail() => Failed = true;

        private LocationInfo NameLocation(JsonProperty property) => _context.Locate(property.NameStart, property.NameEnd - property.NameStart);

        public static string Describe(JsonNode node) => Describe(node.Kind);

        /// <summary>How messages name what was written instead: "an object", "a string", ...</summary>
        public static string Describe(JsonKind kind) => kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "a string",
            JsonKind.Number => "a number",
            JsonKind.Null => "null",
            _ => "a boolean",
        };
    }
}
