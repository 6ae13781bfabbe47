using System;
using System.IO;
using System.Threading;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Declarations
{
    /// <summary>
    /// The standard declarations shipped with the package (<c>standard.json</c>, embedded): the standard kinds and their
    /// properties, the default terms of the simple vocabularies and the standard identifier schemes. Every knowledge base
    /// extends them; they are read by the same reader as a knowledge file, once per process.
    /// </summary>
    internal static class StandardDeclarations
    {
        /// <summary>The path diagnostics would name if the standard declarations were ever wrong (a test proves they are not).</summary>
        public const string Path = "standard.json";

        private static readonly Lazy<KnowledgeFileSpec> Lazy = new Lazy<KnowledgeFileSpec>(Read, LazyThreadSafetyMode.ExecutionAndPublication);

        public static KnowledgeFileSpec File => Lazy.Value;

        /// <summary>The text of the standard declarations, as shipped.</summary>
        public static string Text()
        {
            using var stream = typeof(StandardDeclarations).Assembly.GetManifestResourceStream("Curata.Knowledge.Generators.Declarations.standard.json")
                ?? throw new InvalidOperationException("The standard declarations are missing from the generator assembly.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        private static KnowledgeFileSpec Read() => KnowledgeFileReader.Read(Path, SourceText.From(Text()), isStandard: true, CancellationToken.None);
    }
}
