using System.Globalization;
using System.Text;

namespace Curata.Knowledge.Generators.Emit
{
    /// <summary>C# string literals for data: everything outside printable ASCII, and quotes and backslashes, escaped.</summary>
    internal static class CSharpString
    {
        public static string Literal(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                if (c == '"' || c == '\\') builder.Append('\\').Append(c);
                else if (c >= 0x20 && c < 0x7F) builder.Append(c);
                else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            return builder.Append('"').ToString();
        }
    }
}
