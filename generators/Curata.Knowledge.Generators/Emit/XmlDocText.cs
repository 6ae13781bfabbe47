using System.Globalization;
using System.Text;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>
    /// Turns data into XML doc text that cannot close its comment or element, or carry invisible characters. The facts
    /// themselves reach the generated code only as base64 (see <see cref="FactTableWriter"/>), ids only as validated
    /// identifiers: data never becomes code.
    /// </summary>
    internal static class XmlDocText
    {
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
        // other than space, surrogates (paired or not) and unassigned characters are dropped.
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
