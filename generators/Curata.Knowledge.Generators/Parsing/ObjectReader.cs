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
    internal sealed class ObjectReader : IDisposable
    {
        private readonly ReadContext _context;
        private JsonProperties _properties;
        private int _start;
        // Objects hold a handful of properties: a linear search by name beats a dictionary and allocates nothing. Only a large
        // object (hostile input, or a map of many entries) gets an index, so the search never turns quadratic.
        private const int LinearSearchLimit = 16;
        private Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);
        private bool _indexed;
        // The most names the index has held: clearing it costs that many, so a reader that indexed one huge object (hostile
        // input) makes a new index for the next rather than clear the huge one for every object after it.
        private int _indexHeld;
        // A repeated name is reported once and then ignored, as if it were not there (the first Count entries count).
        private bool[] _ignored = Array.Empty<bool>();
        private bool _anyIgnored;
        // What was read, kept only for an object whose unknown properties are handed over (Unread): most objects list what they allow.
        private bool[] _read = Array.Empty<bool>();
        private bool _tracksRead;
        private MessageText _what;
        private string? _whatText;

        /// <summary>A reader of <paramref name="context"/>'s, reused for one object after another (<see cref="ReadContext.Reader"/>).</summary>
        internal ObjectReader(ReadContext context) => _context = context;

        /// <summary>Starts reading <paramref name="obj"/>: reports its repeated and (when <paramref name="allowed"/> is given) unknown properties.</summary>
        internal void Start(JsonValue obj, MessageText what, IReadOnlyList<string>? allowed)
        {
            var properties = _properties = obj.Properties;
            _start = obj.Start;
            _what = what;
            _whatText = null;
            Failed = false;
            _tracksRead = allowed == null;
            if (_tracksRead) _read = Cleared(_read, properties.Count);
            _anyIgnored = false;
            _indexed = properties.Count > LinearSearchLimit;
            if (_indexed)
            {
                if (_indexHeld > 4 * properties.Count)
                {
                    _index = new Dictionary<string, int>(properties.Count, StringComparer.Ordinal);
                    _indexHeld = properties.Count;
                }
                else
                {
                    _index.Clear();
                    _indexHeld = Math.Max(_indexHeld, properties.Count);
                }
            }
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                var repeated = _indexed ? !TryAdd(_index, property.Name, i) : IndexOf(property.Name, i) >= 0;
                if (repeated)
                {
                    _context.Report(DiagnosticDescriptors.DuplicateProperty, NameLocation(property), property.Name);
                    if (!_anyIgnored) _ignored = Cleared(_ignored, properties.Count);
                    _anyIgnored = true;
                    _ignored[i] = true;
                    continue;
                }
                if (allowed != null && !Contains(allowed, property.Name))
                {
                    _context.Report(DiagnosticDescriptors.UnknownProperty, NameLocation(property), What, property.Name,
                        Names.Suggestion(Names.Closest(property.Name, allowed)));
                }
            }
        }

        /// <summary>Done with this object: the context may hand this reader out for the next.</summary>
        public void Dispose() => _context.Release(this);

        // The first `count` entries false, in the same array when it is long enough.
        private static bool[] Cleared(bool[] flags, int count)
        {
            if (flags.Length < count) return new bool[Math.Max(count, 2 * flags.Length)];
            Array.Clear(flags, 0, count);
            return flags;
        }

        private static bool TryAdd(Dictionary<string, int> index, string name, int position)
        {
            if (index.ContainsKey(name)) return false;
            index.Add(name, position);
            return true;
        }

        // The first property so named before position `end`: the one that counts when a name is repeated.
        private int IndexOf(string name, int end)
        {
            if (_indexed) return _index.TryGetValue(name, out var position) && position < end ? position : -1;
            for (var i = 0; i < end; i++)
            {
                if (string.Equals(_properties[i].Name, name, StringComparison.Ordinal)) return i;
            }
            return -1;
        }

        private static bool Contains(IReadOnlyList<string> names, string name)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (string.Equals(names[i], name, StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>How messages name this object ("actor 'hadi-al-ameri'"), formatted when first asked for.</summary>
        public string What => _whatText ??= _what.ToString();

        /// <summary>The same as <see cref="What"/>, so that a nested object's <see cref="MessageText"/> can name its owner lazily.</summary>
        public override string ToString() => What;

        /// <summary>True once a required value was missing or invalid.</summary>
        public bool Failed { get; private set; }

        public LocationInfo Location => _context.Locate(_start, 1);

        /// <summary>The value of the property so named, as written; <c>default</c> when there is none.</summary>
        public JsonValue Node(string name) => IndexOf(name, _properties.Count) is var index and >= 0 ? _properties[index].Value : default;

        /// <summary>
        /// The longest string value read. Every string is compiled into the generated code (the fact table, and the XML docs of
        /// its fact), so one huge value makes every build slow and large (as string literals, one of 50 MB broke it: CS8103).
        /// </summary>
        public const int MaxStringLength = 100000;

        public string? String(string name, bool required = false)
        {
            var node = Present(name, required);
            if (!node.Exists) return null;
            if (node.Kind == JsonKind.String) return TooLong(name, node, required) ? null : node.String;
            return WrongType(name, node, "a string", required);
        }

        // Reported where the value is written, and read as absent (or, when required, the fact is dropped).
        private bool TooLong(string name, JsonValue text, bool required)
        {
            if (text.String!.Length <= MaxStringLength) return false;
            _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(text), name,
                $"a string of at most {MaxStringLength.ToString("N0", CultureInfo.InvariantCulture)} characters",
                $"one of {text.String.Length.ToString("N0", CultureInfo.InvariantCulture)}");
            if (required) Failed = true;
            return true;
        }

        // An id that breaks the pattern is KB0005; one that keeps it but is too long to be a C# member name says so.
        private void ReportInvalidId(string name, JsonValue node)
        {
            var text = node.String!;
            if (Names.HasIdPattern(text))
            {
                _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(node), name,
                    $"an id of at most {Names.MaxIdLength} characters", $"one of {text.Length.ToString("N0", CultureInfo.InvariantCulture)}");
                return;
            }
            _context.Report(DiagnosticDescriptors.InvalidId, _context.Locate(node), text);
        }

        public IdRef? Id(string name, bool required = false)
        {
            var node = Present(name, required);
            if (!node.Exists) return null;
            if (node.String is not { } text) return WrongType<IdRef>(name, node, "an id string", required);
            var location = _context.Locate(node);
            if (!Names.IsValidId(text))
            {
                ReportInvalidId(name, node);
                if (required) Failed = true;
                return null;
            }
            return new IdRef(text, location);
        }

        public EquatableArray<IdRef> Ids(string name)
        {
            var items = Items(name, "an array of id strings");
            var ids = new EquatableArrayBuilder<IdRef>(items.Count);
            foreach (var item in items)
            {
                if (item.String is not { } text)
                {
                    _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(item), name + "[]", "an id string", Describe(item));
                }
                else if (!Names.IsValidId(text))
                {
                    ReportInvalidId(name + "[]", item);
                }
                else
                {
                    ids.Add(new IdRef(text, _context.Locate(item)));
                }
            }
            return ids.ToEquatableArray();
        }

        public EquatableArray<string> Strings(string name)
        {
            var items = Items(name, "an array of strings");
            var values = new EquatableArrayBuilder<string>(items.Count);
            foreach (var item in items)
            {
                if (item.String is { } text)
                {
                    if (!TooLong(name + "[]", item, required: false)) values.Add(text);
                }
                else _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(item), name + "[]", "a string", Describe(item));
            }
            return values.ToEquatableArray();
        }

        /// <summary>The elements of an optional array property (none when absent or not an array).</summary>
        public JsonItems Items(string name, MessageText expected, bool required = false)
        {
            var node = Present(name, required);
            if (!node.Exists) return default;
            if (node.Kind == JsonKind.Array) return node.Items;
            WrongType<object>(name, node, expected.ToString(), required);
            return default;
        }

        public bool? Bool(string name)
        {
            var node = Present(name, false);
            if (!node.Exists) return null;
            if (node.Kind == JsonKind.True) return true;
            if (node.Kind == JsonKind.False) return false;
            _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(node), name, "true or false", Describe(node));
            return null;
        }

        /// <summary>A whole number of at least <paramref name="minimum"/>.</summary>
        public int? Int(string name, int minimum, bool required = false)
        {
            var node = Present(name, required);
            if (!node.Exists) return null;
            if (node.NumberText is not { } number) return WrongType<int?>(name, node, "a whole number", required);
            if (int.TryParse(number, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum) return value;
            _context.Report(DiagnosticDescriptors.InvalidNumber, _context.Locate(node), number,
                $"a whole number from {minimum} to {int.MaxValue}");
            if (required) Failed = true;
            return null;
        }

        /// <summary>A member of <typeparamref name="TEnum"/>, spelled in kebab case; returns the member's C# name.</summary>
        public string? Enum<TEnum>(string name, string what, bool required = false) where TEnum : struct
        {
            var text = String(name, required);
            if (text == null) return null;
            return EnumValue<TEnum>(text, Node(name), what, required);
        }

        public string? EnumValue<TEnum>(string text, JsonValue node, string what, bool required) where TEnum : struct
        {
            if (EnumSpelling<TEnum>.Members.TryGetValue(text, out var member)) return member;
            var allowed = EnumSpelling<TEnum>.Allowed;
            _context.Report(DiagnosticDescriptors.InvalidEnumValue, _context.Locate(node), text, what,
                Names.Suggestion(Names.Closest(text, allowed)), string.Join(", ", allowed));
            if (required) Failed = true;
            return null;
        }

        // An enum's members as written in knowledge files (kebab case) and as named in C#: worked out once per enum, not for
        // every value read.
        private static class EnumSpelling<TEnum> where TEnum : struct
        {
            public static readonly string[] Allowed = System.Enum.GetNames(typeof(TEnum)).Select(Names.ToKebabCase).ToArray();

            public static readonly Dictionary<string, string> Members = Allowed.ToDictionary(kebab => kebab, Names.ToPascalCase, StringComparer.Ordinal);
        }

        /// <summary>The properties not read so far, as raw values (in the order written), for the declarations to type.</summary>
        public EquatableArray<RawProperty> Unread()
        {
            List<RawProperty>? unread = null;
            for (var i = 0; i < _properties.Count; i++)
            {
                if (!_tracksRead || _read[i] || (_anyIgnored && _ignored[i])) continue;
                var property = _properties[i];
                (unread ??= new List<RawProperty>()).Add(new RawProperty(new NameRef(property.Name, NameLocation(property)), RawValues.From(_context, property.Value)));
            }
            // Most facts have no property their kind's reader left unread: no array for them.
            return unread == null ? EquatableArray<RawProperty>.Empty : unread.ToEquatableArray();
        }

        /// <summary>The value of the property so named, when it is there and not null; <c>default</c> otherwise.</summary>
        public JsonValue Present(string name, bool required)
        {
            var index = IndexOf(name, _properties.Count);
            if (index >= 0)
            {
                if (_tracksRead) _read[index] = true;
                var value = _properties[index].Value;
                // An explicit null is the same as leaving an optional property out.
                if (value.Kind != JsonKind.Null) return value;
                if (!required) return default;
            }
            if (required)
            {
                _context.Report(DiagnosticDescriptors.MissingProperty, Location, What, name);
                Failed = true;
            }
            return default;
        }

        public T? WrongType<T>(string name, JsonValue node, string expected, bool required)
        {
            _context.Report(DiagnosticDescriptors.WrongValueType, _context.Locate(node), name, expected, Describe(node));
            if (required) Failed = true;
            return default;
        }

        private string? WrongType(string name, JsonValue node, string expected, bool required) => WrongType<string>(name, node, expected, required);

        public void Fail() => Failed = true;

        private LocationInfo NameLocation(JsonProperty property) => _context.Locate(property.NameStart, property.NameEnd - property.NameStart);

        public static string Describe(JsonValue node) => Describe(node.Kind);

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
