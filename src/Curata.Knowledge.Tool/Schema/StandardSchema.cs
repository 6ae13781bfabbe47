using System.IO;
using System.Resources;

namespace Curata.Knowledge.Tool.Schema
{
    /// <summary>The JSON Schema of the knowledge format (<c>knowledge/schema/knowledge.schema.json</c>), embedded in the tool.</summary>
    internal static class StandardSchema
    {
        /// <summary>Where a knowledge folder keeps its schema, relative to the folder; knowledge files name it in <c>$schema</c>.</summary>
        public const string RelativePath = "schema/knowledge.schema.json";

        private const string ResourceName = "schema/knowledge.schema.json";

        /// <summary>The schema's text, as in the repository.</summary>
        public static string Text { get; } = Read();

        private static string Read()
        {
            using var stream = typeof(StandardSchema).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new MissingManifestResourceException($"The tool was built without its resource '{ResourceName}'.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
