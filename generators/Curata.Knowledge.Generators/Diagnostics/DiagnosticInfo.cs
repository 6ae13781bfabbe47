using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Diagnostics
{
    /// <summary>
    /// A diagnostic as plain values (descriptor id, location, message arguments), so it can live in cached models and be
    /// turned into a Roslyn <see cref="Diagnostic"/> only when reported.
    /// </summary>
    /// <remarks>
    /// Every argument passes through <see cref="MessageArguments.Safe(string, int, string)"/> however the record is made, so
    /// no data in a knowledge file can put a line break, a terminal escape or a forged <c>file(1,1): error ...</c> line into
    /// a build log.
    /// </remarks>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments, EquatableArray<LocationInfo> AdditionalLocations)
    {
        public EquatableArray<string> Arguments { get; init; } = MessageArguments.Safe(Id, Arguments);

        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(arguments), EquatableArray<LocationInfo>.Empty);

        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo also, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(arguments), new EquatableArray<LocationInfo>(new[] { also }));

        /// <summary>The Roslyn diagnostic, at its default severity or at one the project configured for it.</summary>
        public Diagnostic ToDiagnostic(DiagnosticSeverity? severity = null)
        {
            var descriptor = DiagnosticDescriptors.ById[Id];
            return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, severity ?? descriptor.DefaultSeverity,
                AdditionalLocations.Select(l => l.ToLocation()), properties: null, Arguments.Cast<object>().ToArray());
        }
    }

    /// <summary>
    /// Message arguments made safe to print: control characters (C0, DEL, C1 such as U+0085), line and paragraph separators,
    /// bidirectional overrides and lone surrogates are shown escaped (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u001B</c>); an
    /// argument the message quotes (<c>'{0}'</c>: an id, a property name, a value) is shortened to
    /// <see cref="QuotedLength"/> characters, ending with an ellipsis and its original length; any other argument (text the
    /// checks compose, such as a list of allowed values or a cycle) to <see cref="ComposedLength"/>. Idempotent.
    /// </summary>
    internal static class MessageArguments
    {
        public const int QuotedLength = 80;
        public const int ComposedLength = 512;

        private static readonly Dictionary<string, HashSet<int>> QuotedByDescriptor = DiagnosticDescriptors.ById.Values
            .ToDictionary(d => d.Id, d => Quoted(d.MessageFormat.ToString(CultureInfo.InvariantCulture)));

        public static EquatableArray<string> Safe(string descriptorId, EquatableArray<string> arguments)
        {
            if (arguments.Count == 0) return arguments;
            var safe = new string[arguments.Count];
            for (var i = 0; i < safe.Length; i++) safe[i] = Safe(descriptorId, i, arguments[i]);
            return new EquatableArray<string>(safe);
        }

        public static object[] Safe(DiagnosticDescriptor descriptor, IReadOnlyList<object?> arguments) =>
            arguments.Select((a, i) => (object)Safe(descriptor.Id, i, a?.ToString() ?? "")).ToArray();

        public static string Safe(string descriptorId, int index, string argument)
        {
            var quoted = QuotedByDescriptor.TryGetValue(descriptorId, out var indexes) && indexes.Contains(index);
            return Shorten(Escape(argument ?? ""), argument?.Length ?? 0, quoted ? QuotedLength : ComposedLength);
        }

        /// <summary>The text with every character that could break or restyle a log line written as an escape.</summary>
        public static string Escape(string text)
        {
            var i = 0;
            while (i < text.Length && !NeedsEscape(text, i)) i++;
            if (i == text.Length) return text;
            var builder = new StringBuilder(text.Length + 16).Append(text, 0, i);
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                    continue;
                }
                if (!NeedsEscape(text, i))
                {
                    builder.Append(c);
                    continue;
                }
                builder.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                });
            }
            return builder.ToString();
        }

        private static bool NeedsEscape(string text, int index)
        {
            var c = text[index];
            if (c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029') return true;
            if (c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) return true;
            if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
            if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
            return false;
        }

        // At most `limit` characters in all; never splits an escape sequence or a surrogate pair.
        private static string Shorten(string escaped, int originalLength, int limit)
        {
            if (escaped.Length <= limit) return escaped;
            var suffix = "\u2026 (" + originalLength.ToString(CultureInfo.InvariantCulture) + " characters)";
            var keep = limit - suffix.Length;
            var cut = 0;
            while (cut < escaped.Length)
            {
                var width = escaped[cut] == '\\' && cut + 1 < escaped.Length
                    ? (escaped[cut + 1] == 'u' ? 6 : 2)
                    : char.IsHighSurrogate(escaped[cut]) && cut + 1 < escaped.Length ? 2 : 1;
                if (cut + width > keep) break;
                cut += width;
            }
            return escaped.Substring(0, cut) + suffix;
        }

        // The placeholders the message puts in quotes, as '{0}' or "{0}": those hold data.
        private static HashSet<int> Quoted(string format)
        {
            var quoted = new HashSet<int>();
            for (var i = 1; i + 3 < format.Length; i++)
            {
                if (format[i] != '{' || (format[i - 1] != '\'' && format[i - 1] != '"')) continue;
                var close = format.IndexOf('}', i);
                if (close < 0 || close + 1 >= format.Length || format[close + 1] != format[i - 1]) continue;
                if (int.TryParse(format.Substring(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)) quoted.Add(index);
            }
            return quoted;
        }
    }
}
