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

        /// <summary><c>hadi-al-ameri</c> → <c>HadiAlAmeri</c>. Valid ids always give a valid C# identifier.</summary>
        public static string ToPascalCase(string kebab)
        {
            var builder = new StringBuilder(kebab.Length);
            var upper = true;
            foreach (var c in kebab)
            {
                if (c == '-')
                {
                    upper = true;
                    continue;
                }
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            return builder.ToString();
        }

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

        /// <summary>The candidate closest to <paramref name="wrong"/>, if one is close enough to be a plausible typo.</summary>
        public static string? Closest(string wrong, IEnumerable<string> candidates)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            var lowered = wrong.ToLowerInvariant();
            foreach (var candidate in candidates)
            {
                var lowerCandidate = candidate.ToLowerInvariant();
                var contains = lowered.Length >= 4 && lowerCandidate.Length >= 4 && (lowerCandidate.Contains(lowered) || lowered.Contains(lowerCandidate));
                var distance = contains ? 1 : Distance(lowered, lowerCandidate);
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best != null && bestDistance <= Math.Max(2, wrong.Length / 3) ? best : null;
        }

        /// <summary>" (did you mean 'x'?)" or nothing.</summary>
        public static string Suggestion(string? closest) => closest == null ? "" : $"; did you mean '{closest}'?";

        // Levenshtein distance with two rows; inputs are short names.
        private static int Distance(string a, string b)
        {
            if (Math.Abs(a.Length - b.Length) > 8) return int.MaxValue;
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }
                (previous, current) = (current, previous);
            }
            return previous[b.Length];
        }
    }
}
