using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Curata.Knowledge.Tool.Export;
using Curata.Knowledge.Tool.Input;
using Curata.Knowledge.Tool.Output;

namespace Curata.Knowledge.Tool.Commands
{
    /// <summary>
    /// <c>export [folder] --format f --output path</c>: the checked knowledge base as JSON-LD, Turtle, N-Triples, CSV or Parquet
    /// tables, GraphML or GEXF. A base with errors is reported as <c>check</c> reports it and nothing is written (exit 1),
    /// unless <c>--keep-going</c>: then the valid facts are exported and the number left out is said.
    /// </summary>
    internal static class ExportCommand
    {
        public static Command Create()
        {
            var folder = new Argument<DirectoryInfo>("folder")
            {
                Description = "The knowledge folder (default: knowledge).",
                DefaultValueFactory = _ => new DirectoryInfo("knowledge"),
            };
            var format = new Option<string>("--format", "-f")
            {
                Description = "jsonld, turtle, ntriples (RDF); csv, parquet (a folder of tables); graphml, gexf (the actor network).",
                Required = true,
            };
            format.AcceptOnlyFromAmong("jsonld", "turtle", "ntriples", "csv", "parquet", "graphml", "gexf");
            var output = new Option<string>("--output", "-o")
            {
                Description = "The file to write; for csv and parquet, the folder to write one file per table into.",
                Required = true,
            };
            var baseIri = new Option<string>("--base")
            {
                Description = "RDF formats: the IRI a fact's id is appended to.",
                DefaultValueFactory = _ => ExportOptions.DefaultBaseIri,
            };
            baseIri.Validators.Add(result =>
            {
                if (KnowledgeExporter.BaseIriProblem(result.GetValueOrDefault<string>()) is string problem) result.AddError("--base: " + problem);
            });
            var withEvents = new Option<bool>("--events") { Description = "graphml, gexf: add events as nodes and participations as edges (bipartite)." };
            var keepGoing = new Option<bool>("--keep-going") { Description = "Export the valid facts of a base with errors, leaving the invalid ones out." };
            var command = new Command("export", "Export a checked knowledge base for other tools: RDF, tables or a network.")
            {
                folder, format, output, baseIri, withEvents, keepGoing,
            };
            command.SetAction(parse => Run(parse.GetValue(folder)!, Parse(parse.GetValue(format)!), parse.GetValue(output)!,
                new ExportOptions(parse.GetValue(baseIri)!, parse.GetValue(withEvents)), parse.GetValue(keepGoing)));
            return command;
        }

        private static ExportFormat Parse(string format) => format switch
        {
            "jsonld" => ExportFormat.JsonLd,
            "turtle" => ExportFormat.Turtle,
            "ntriples" => ExportFormat.NTriples,
            "csv" => ExportFormat.Csv,
            "parquet" => ExportFormat.Parquet,
            "graphml" => ExportFormat.GraphMl,
            _ => ExportFormat.Gexf,
        };

        private static int Run(DirectoryInfo folder, ExportFormat format, string output, ExportOptions options, bool keepGoing)
        {
            // The bar check shows: on a terminal only, erased when done.
            using var progress = Progress.Start("Reading and checking");
            var knowledge = KnowledgeFolder.Load(folder.FullName, progress);
            // The same lines check prints, on stderr: stdout stays free for what a script pipes.
            CompilerLines.Write(Console.Error, knowledge.Diagnostics);
            var model = new KnowledgeModel(knowledge.Spec);
            if (knowledge.ErrorCount > 0)
            {
                if (!keepGoing)
                {
                    Console.Error.WriteLine($"{knowledge.Path}: {knowledge.ErrorCount} error(s); nothing exported (--keep-going exports the valid facts).");
                    return 1;
                }
                var (written, exact) = LeftOutFacts.CountWritten(knowledge.Path, model);
                var leftOut = Math.Max(0, written - model.FactCount);
                Console.Error.WriteLine($"{knowledge.Path}: {knowledge.ErrorCount} error(s); exporting the {model.FactCount} valid facts, "
                    + $"{(exact ? "" : "at least ")}{leftOut} left out.");
            }
            progress.Describe($"Writing {model.FactCount:N0} facts as {format.ToString().ToLowerInvariant()}");
            IReadOnlyList<string> paths;
            try
            {
                paths = KnowledgeExporter.Write(knowledge.Spec, format, output, options);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Cannot write {output}: {e.Message}");
                return 2;
            }
            progress.Dispose();
            Console.Error.WriteLine(KnowledgeExporter.WritesFolder(format)
                ? $"Wrote {paths.Count} tables ({model.FactCount} facts) to {Path.GetFullPath(output)}"
                : $"Wrote {model.FactCount} facts to {Path.GetFullPath(output)}");
            return 0;
        }
    }
}
