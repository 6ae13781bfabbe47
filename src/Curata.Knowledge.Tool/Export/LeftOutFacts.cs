using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Tool.Export
{
    /// <summary>
    /// Counts the facts written in a folder's knowledge files (the entries of every root section named after a kind's plural),
    /// so <c>export --keep-going</c> can say how many the checks left out. A file that is not valid JSON is counted as far as
    /// it parses, so the count is then a lower bound.
    /// </summary>
    internal static class LeftOutFacts
    {
        public static (int Written, bool Exact) CountWritten(string folder, KnowledgeModel model)
        {
            var plurals = model.Spec.Kinds.Select(k => k.Plural.Name).ToHashSet(StringComparer.Ordinal);
            var written = 0;
            var exact = true;
            foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
                .Where(KnowledgeFiles.IsKnowledgeFile).Where(path => !IsBuildOutput(folder, path)))
            {
                try
                {
                    using var document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    if (document.RootElement.ValueKind != JsonValueKind.Object) continue;
                    foreach (var section in document.RootElement.EnumerateObject())
                    {
                        if (plurals.Contains(section.Name) && section.Value.ValueKind == JsonValueKind.Array) written += section.Value.GetArrayLength();
                    }
                }
                catch (JsonException)
                {
                    exact = false;
                }
            }
            return (written, exact);
        }

        // As KnowledgeFolder reads it: nothing under bin/ or obj/.
        private static bool IsBuildOutput(string folder, string path) =>
            Path.GetRelativePath(folder, path).Replace('\\', '/').Split('/').Any(part => part == "bin" || part == "obj");
    }
}
