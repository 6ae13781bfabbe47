using System.Collections.Generic;

namespace Curata.Knowledge.Generators.Json
{
    /// <summary>
    /// Where each line of a text starts, found in one pass over its characters, so an offset becomes a line and column by a
    /// binary search. Lines break where the compiler breaks them (<c>\r\n</c>, <c>\r</c>, <c>\n</c>, U+0085, U+2028, U+2029),
    /// so positions match the compiler's <c>file(line,col)</c>.
    /// </summary>
    internal sealed class LineMap
    {
        private readonly int[] _starts;

        private LineMap(int[] starts) => _starts = starts;

        public static LineMap Of(string text)
        {
            var starts = new List<int>(text.Length / 32 + 1) { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c > '\r' && c < '\u0085') continue;
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
                else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    starts.Add(i + 1);
                }
            }
            return new LineMap(starts.ToArray());
        }

        /// <summary>The zero-based line and column (in UTF-16 code units) of <paramref name="offset"/>.</summary>
        public (int Line, int Column) Position(int offset)
        {
            int low = 0, high = _starts.Length - 1;
            while (low < high)
            {
                var middle = (low + high + 1) >> 1;
                if (_starts[middle] <= offset) low = middle;
                else high = middle - 1;
            }
            return (low, offset - _starts[low]);
        }
    }
}
