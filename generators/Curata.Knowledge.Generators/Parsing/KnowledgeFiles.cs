using System;
using System.Threading;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>Which additional files are knowledge files, and reading one from an <see cref="AdditionalText"/>.</summary>
    internal static class KnowledgeFiles
    {
        /// <summary>Every <c>.json</c> additional file except JSON Schemas (<c>*.schema.json</c>).</summary>
        public static bool IsKnowledgeFile(string path) =>
            path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase);

        /// <summary>Plain-text additional files, which sources may name as their text (<c>textFile</c>).</summary>
        public static bool IsSourceText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

        public static SourceTextSpec ReadSourceText(AdditionalText file, CancellationToken cancellationToken) =>
            new SourceTextSpec(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);

        public static KnowledgeFileSpec Read(AdditionalText file, CancellationToken cancellationToken) =>
            KnowledgeFileReader.Read(file.Path, file.GetText(cancellationToken) ?? SourceText.From(string.Empty), cancellationToken);
    }
}
