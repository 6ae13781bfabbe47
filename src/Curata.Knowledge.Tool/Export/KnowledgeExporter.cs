using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Tool.Export.Network;
using Curata.Knowledge.Tool.Export.Rdf;
using Curata.Knowledge.Tool.Export.Tables;

namespace Curata.Knowledge.Tool.Export
{
    /// <summary>Options of an export that only some formats read.</summary>
    /// <param name="BaseIri">The IRI facts are named under in RDF (the id is appended): must end in '/' or '#'.</param>
    /// <param name="WithEvents">GraphML and GEXF: add events as nodes and participations as edges.</param>
    internal sealed record ExportOptions(string BaseIri = ExportOptions.DefaultBaseIri, bool WithEvents = false)
    {
        public const string DefaultBaseIri = "https://example.org/kb/";
    }

    /// <summary>Writes a checked knowledge base in one format: a file, or for csv and parquet a folder of one file per table.</summary>
    internal static class KnowledgeExporter
    {
        /// <summary>True for formats whose output is a folder of tables rather than one file.</summary>
        public static bool WritesFolder(ExportFormat format) => format == ExportFormat.Csv || format == ExportFormat.Parquet;

        /// <summary>Writes <paramref name="spec"/> to <paramref name="output"/> and returns the paths written.</summary>
        public static IReadOnlyList<string> Write(KnowledgeBaseSpec spec, ExportFormat format, string output, ExportOptions options)
        {
            var model = new KnowledgeModel(spec);
            switch (format)
            {
                case ExportFormat.Csv: return CsvTables.Write(KnowledgeTables.Build(model).Tables, output);
                case ExportFormat.Parquet: return ParquetTables.Write(KnowledgeTables.Build(model).Tables, output);
            }
            CreateParent(output);
            // Write beside the target and move into place, so a failure never leaves half a file where a good one was.
            var partial = output + ".partial";
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                switch (format)
                {
                    case ExportFormat.NTriples:
                    case ExportFormat.Turtle:
                        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
                        {
                            writer.NewLine = "\n";
                            using RdfSink sink = format == ExportFormat.Turtle
                                ? new TurtleWriter(writer, KnowledgeRdf.Prefixes(options.BaseIri))
                                : new NTriplesWriter(writer);
                            KnowledgeRdf.Write(model, sink, options.BaseIri);
                        }
                        break;
                    case ExportFormat.JsonLd:
                        using (var sink = new JsonLdWriter(stream, KnowledgeRdf.Prefixes(options.BaseIri))) KnowledgeRdf.Write(model, sink, options.BaseIri);
                        break;
                    case ExportFormat.GraphMl: GraphMlWriter.Write(ActorNetwork.Build(spec, options.WithEvents), stream); break;
                    case ExportFormat.Gexf: GexfWriter.Write(ActorNetwork.Build(spec, options.WithEvents), stream); break;
                    default: throw new ArgumentOutOfRangeException(nameof(format));
                }
            }
            File.Move(partial, output, overwrite: true);
            return new[] { output };
        }

        /// <summary>Checks a base IRI: absolute, and ending in '/' or '#' so that appending an id makes a new IRI under it.</summary>
        public static string? BaseIriProblem(string baseIri) =>
            !Uri.TryCreate(baseIri, UriKind.Absolute, out _) ? $"'{baseIri}' is not an absolute IRI."
            : !(baseIri.EndsWith("/", StringComparison.Ordinal) || baseIri.EndsWith("#", StringComparison.Ordinal)) ? $"'{baseIri}' must end in '/' or '#'."
            : baseIri.IndexOfAny(new[] { ' ', '<', '>', '"', '{', '}', '|', '\\', '^', '`' }) >= 0 ? $"'{baseIri}' holds a character an IRI may not."
            : null;

        private static void CreateParent(string path)
        {
            var parent = Path.GetDirectoryName(Path.GetFullPath(path));
            if (parent != null) Directory.CreateDirectory(parent);
        }
    }
}
