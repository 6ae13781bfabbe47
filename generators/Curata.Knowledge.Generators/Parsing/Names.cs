using System;
using System.Collections.Generic;
using System.Text;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>Id rules, the kebab/Pascal mapping, and "did you mean" suggestions.</summary>
    internal static class Names
    {
        /// <summary>
        /// The longest id. Its member name, and the metadata name of the member's getter (<c>get_</c> + name), must stay within
        /// the compiler's limit of 1,024 bytes for a name (CS7013), which a longer id would break for the whole build.
        /// </summary>
        public const int MaxIdLength = 256;

        /// <summary>True for lower-case kebab case, <c>^[a-z][a-z0-9]*(-[a-z0-9]+)*$</c>, of at most <see cref="MaxIdLength"/> characters.</summary>
        public static bool IsValidId(string id) => id.Length <= MaxIdLength && HasIdPattern(id);

        /// <summary>True for lower-case kebab case, whatever the length.</summary>
        public static bool HasIdPattern(string id)
        {
            if (id.Length == 0 || id[0] < 'a' || id[0] > 'z' || id[id.Length - 1] == '-') return false;
            for (var i = 1; i < id.Length; i++)
            {
                var c = id[i];
                if (c == '-')
                {
                    if (id[i - 1] == '-') return false;
                }
                else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>The longest property name: it becomes a C# member name too.</summary>
        public const int MaxPropertyNameLength = 128;

        /// <summary>True for camel case, <c>^[a-z][A-Za-z0-9]*$</c>, of at most <see cref="MaxPropertyNameLength"/> characters.</summary>
        public static bool IsValidPropertyName(string name)
        {
            if (name.Length == 0 || name.Length > MaxPropertyNameLength || name[0] < 'a' || name[0] > 'z') return false;
            foreach (var c in name)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
            }
            return true;
        }

        /// <summary><c>partOf</c> → <c>PartOf</c>.</summary>
        public static string PropertyMemberName(string property) => char.ToUpperInvariant(property[0]) + property.Substring(1);

        /// <summary><c>hadi-al-ameri</c> → <c>HadiAlAmeri</c>. Valid ids always give a valid C# identifier.</summary>
        public static string ToPascalCase(string kebab)
        {
            // Into a buffer of this thread's rather than a builder: this runs for every id of a knowledge base.
            var buffer = _pascalBuffer != null && _pascalBuffer.Length >= kebab.Length ? _pascalBuffer : _pascalBuffer = new char[Math.Max(64, kebab.Length)];
            var length = 0;
            var upper = true;
            foreach (var c in kebab)
            {
                if (c == '-')
                {
                    upper = true;
                    continue;
                }
                buffer[length++] = upper ? char.ToUpperInvariant(c) : c;
                upper = false;
            }
            return new string(buffer, 0, length);
        }

        [ThreadStatic]
        private static char[]? _pascalBuffer;

        /// <summary><c>ArmedGroup</c> → <c>armed-group</c>.</summary>
        public static string ToKebabCase(string pascal)
        {
            var builder = new StringBuilder(pascal.Length + 4);
            for (var i = 0; i < pascal.Length; i++)
            {
                var c = pascal[i];
                if (char.IsUpper(c) && i > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(c));
            }
            return builder.ToString();
        }

        /// <summary>
        /// The candidate closest to <paramref name="wrong"/>, if one is plausibly what was meant (compared without case):
        /// <list type="bullet">
        /// <item>one of the two, of at least 4 characters, contains the other (<c>hadi</c> for <c>hadi-al-ameri</c>); or</item>
        /// <item>both start with the same character (or with the same two, swapped), and their Damerau-Levenshtein distance
        /// (insertions, deletions, substitutions and swaps of two neighbours, each counting 1) is at most
        /// <see cref="MaxDistance"/> of the wrong text's length: one edit up to 7 characters, two up to 11, and so on.</item>
        /// </list>
        /// Ties go to the ordinally first candidate. The bound keeps suggestions to typos: <c>ula</c> is not offered <c>eln</c>.
        /// </summary>
        public static string? Closest(string wrong, IEnumerable<string> candidates)
        {
            // Called once per broken reference over every candidate id, so each comparison must be cheap: a candidate is only
            // measured as far as it could still win (within the acceptance limit and no worse than the best so far).
            string? best = null;
            var bestDistance = int.MaxValue;
            var lowered = wrong.ToLowerInvariant();
            var limit = MaxDistance(wrong.Length);
            int[]? previous = null, current = null, beforePrevious = null;
            foreach (var candidate in candidates)
            {
                var lowerCandidate = candidate.ToLowerInvariant();
                int distance;
                if (lowered.Length >= 4 && lowerCandidate.Length >= 4
                    && (lowerCandidate.Length >= lowered.Length ? lowerCandidate.Contains(lowered) : lowered.Contains(lowerCandidate)))
                {
                    distance = 1;
                }
                else
                {
                    if (!SameStart(lowered, lowerCandidate)) continue;
                    var bound = Math.Min(limit, bestDistance);
                    if (Math.Abs(lowered.Length - lowerCandidate.Length) > bound) continue;
                    distance = Distance(lowered, lowerCandidate, bound, ref beforePrevious, ref previous, ref current);
                    if (distance > bound) continue;
                }
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /// <summary>The most edits a suggestion may be away from a wrong text of this length: max(1, length / 4).</summary>
        public static int MaxDistance(int length) => Math.Max(1, length / 4);

        // A typo rarely starts a word: the first character matches, or the first two are swapped.
        private static bool SameStart(string a, string b) =>
            a.Length > 0 && b.Length > 0 && (a[0] == b[0] || (a.Length > 1 && b.Length > 1 && a[0] == b[1] && a[1] == b[0]));

        /// <summary>" (did you mean 'x'?)" or nothing.</summary>
        public static string Suggestion(string? closest) => closest == null ? "" : $"; did you mean '{closest}'?";

        // Damerau-Levenshtein distance (optimal string alignment) when it is at most bound, otherwise bound + 1. Only cells
        // within bound of the diagonal can hold a value up to bound, so only they are computed, and a row whose every cell
        // exceeds bound ends the search.
        private static int Distance(string a, string b, int bound, ref int[]? beforePrevious, ref int[]? previous, ref int[]? current)
        {
            var over = bound + 1;
            if (previous == null || previous.Length < b.Length + 2)
            {
                beforePrevious = new int[b.Length + 2];
                previous = new int[b.Length + 2];
                current = new int[b.Length + 2];
            }
            for (var j = 0; j <= b.Length; j++) previous[j] = j <= bound ? j : over;
            previous[b.Length + 1] = over;
            for (var i = 1; i <= a.Length; i++)
            {
                var from = Math.Max(1, i - bound);
                var to = Math.Min(b.Length, i + bound);
                current![from - 1] = from == 1 ? Math.Min(i, over) : over;
                var rowMinimum = current[from - 1];
                for (var j = from; j <= to; j++)
                {
                    var value = a[i - 1] == b[j - 1] ? previous[j - 1] : previous[j - 1] + 1;
                    if (current[j - 1] + 1 < value) value = current[j - 1] + 1;
                    if (previous[j] + 1 < value) value = previous[j] + 1;
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && beforePrevious![j - 2] + 1 < value) value = beforePrevious[j - 2] + 1;
                    if (value > over) value = over;
                    current[j] = value;
                    if (value < rowMinimum) rowMinimum = value;
                }
                current[to + 1] = over;
                if (rowMinimum > bound) return over;
                (beforePrevious, previous, current) = (previous, current, beforePrevious);
            }
            return Math.Min(previous[b.Length], over);
        }
    }
}
