using System.Globalization;
using System.Linq;
using System.Text;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// Turns data into C# text that can only ever mean that data: string literals with every risky character escaped, and XML
    /// doc text that cannot close its comment or element. Data never becomes code.
    /// </summary>
    internal static class CSharpLiterals
    {
        public static string String(string? value)
        {
            if (value == null) return "null";
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (IsPlain(c)) builder.Append(c);
                        else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        break;
                }
            }
            return builder.Append('"').ToString();
        }

        public static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

        public static string Bool(bool value) => value ? "true" : "false";

        public static string StringArray(System.Collections.Generic.IEnumerable<string> values)
        {
            var items = values.Select(String).ToArray();
            return items.Length == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", items) + " }";
        }

        /// <summary>Text for inside an XML doc element: one line, markup escaped, invisible and control characters dropped.</summary>
        public static string XmlDoc(string? value)
        {
            if (value == null) return "";
            var builder = new StringBuilder(value.Length);
            var space = false;
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || !IsPlain(c))
                {
                    space = builder.Length > 0;
                    continue;
                }
                if (space) builder.Append(' ');
                space = false;
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    default: builder.Append(c); break;
                }
            }
            return builder.ToString();
        }

        // Letters of any script, digits, punctuation and symbols pass; control, format (bidirectional marks), separators
        // other than space, surrogates (paired or not) and unassigned characters are escaped.
        private static bool IsPlain(char c)
        {
            if (c < ' ') return false;
            if (c < 127) return true;
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                    return false;
                default:
                    return true;
            }
        }
    }
}
