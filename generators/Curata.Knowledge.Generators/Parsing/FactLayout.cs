using System;
using System.Collections.Generic;
using Curata.Knowledge.Generators.Json;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>
    /// Where a cleanly parsed file keeps its facts: the root object's span, each section of facts (where its name and its array
    /// are) and each fact's span, in file order. Kept with a file's model, it lets an edit inside one fact be read by parsing
    /// that fact alone (<see cref="KnowledgeFileReader.ReadFactAt(string, string, FactLayout, int, int, int, System.Threading.CancellationToken)"/>).
    /// </summary>
    internal sealed class FactLayout
    {
        /// <summary>A root section whose elements are facts.</summary>
        public sealed record Section(string Name, int NameStart, int NameEnd, int ArrayStart, int ArrayEnd);

        private readonly List<int> _starts = new List<int>();
        private readonly List<int> _ends = new List<int>();
        private readonly List<int> _sections = new List<int>();

        private FactLayout(int rootStart, int rootEnd)
        {
            RootStart = rootStart;
            RootEnd = rootEnd;
        }

        public int RootStart { get; }

        public int RootEnd { get; }

        public List<Section> Sections { get; } = new List<Section>();

        /// <summary>The layout of a file that parsed without errors; null for any other.</summary>
        public static FactLayout? Of(ParsedFile parsed)
        {
            var root = parsed.Root;
            if (parsed.Errors.Count > 0 || !root.Exists || root.Kind != JsonKind.Object) return null;
            var layout = new FactLayout(root.Start, root.End);
            foreach (var property in root.Properties)
            {
                var array = property.Value;
                if (!KnowledgeFileReader.IsFactSection(property.Name) || array.Kind != JsonKind.Array) continue;
                layout.Sections.Add(new Section(property.Name, property.NameStart, property.NameEnd, array.Start, array.End));
                foreach (var item in array.Items)
                {
                    layout._starts.Add(item.Start);
                    layout._ends.Add(item.End);
                    layout._sections.Add(layout.Sections.Count - 1);
                }
            }
            return layout;
        }

        /// <summary>The fact whose span holds all of [<paramref name="start"/>, <paramref name="end"/>): its span and section; null when none does.</summary>
        public (int Start, int End, Section Section)? Holding(int start, int end)
        {
            var found = -1;
            for (var i = 0; i < _starts.Count; i++)
            {
                if (_starts[i] <= start && end <= _ends[i]) found = i;
            }
            return found < 0 ? null : (_starts[found], _ends[found], Sections[_sections[found]]);
        }
    }
}
