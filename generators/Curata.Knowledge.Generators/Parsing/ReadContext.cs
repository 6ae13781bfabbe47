using System.Collections.Generic;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>The file being read and the problems found so far.</summary>
    internal sealed class ReadContext
    {
        public ReadContext(string path, SourceText text)
        {
            Path = path;
            Text = text;
        }

        public string Path { get; }

        public SourceText Text { get; }

        public List<DiagnosticInfo> Diagnostics { get; } = new List<DiagnosticInfo>();

        public LocationInfo Locate(JsonNode node) => LocationInfo.From(Path, Text, node.Start, node.End - node.Start);

        public LocationInfo Locate(int start, int length) => LocationInfo.From(Path, Text, start, length);

        public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
    }
}
