using System.Collections.Generic;
using System.Globalization;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Diagnostics
{
    /// <summary>
    /// Keeps the output bounded when one underlying problem repeats (100,000 references to one missing id, hundreds of
    /// conflicting relations between one pair of actors): each problem is reported at most <see cref="MaxRepeats"/> times,
    /// and <see cref="Flush"/> then adds one <c>KB0011</c> saying how many more there were, at the first one not listed.
    /// </summary>
    internal sealed class RepeatedProblems
    {
        /// <summary>How many diagnostics one problem gets before the rest are only counted.</summary>
        public const int MaxRepeats = 10;

        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly Dictionary<(string Id, string Subject), int> _counts = new Dictionary<(string, string), int>();
        private readonly List<(string Id, string Subject, LocationInfo? FirstOmitted)> _omitted = new List<(string, string, LocationInfo?)>();

        public RepeatedProblems(List<DiagnosticInfo> diagnostics) => _diagnostics = diagnostics;

        /// <summary>
        /// Reports <paramref name="diagnostic"/> unless its problem, named by its id and <paramref name="subject"/> (as the
        /// summary will name it: "'ghost'", "the relations between 'a' and 'b'"), was reported <see cref="MaxRepeats"/> times.
        /// </summary>
        public void Report(DiagnosticInfo diagnostic, string subject)
        {
            var key = (diagnostic.Id, subject);
            _counts.TryGetValue(key, out var count);
            _counts[key] = ++count;
            if (count <= MaxRepeats) _diagnostics.Add(diagnostic);
            else if (count == MaxRepeats + 1) _omitted.Add((diagnostic.Id, subject, diagnostic.Location));
        }

        /// <summary>Adds one summary for each problem that was not reported every time.</summary>
        public void Flush()
        {
            foreach (var (id, subject, location) in _omitted)
            {
                var more = _counts[(id, subject)] - MaxRepeats;
                _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RepeatedProblem, location,
                    more.ToString("N0", CultureInfo.InvariantCulture), id, subject));
            }
            _omitted.Clear();
        }
    }
}
