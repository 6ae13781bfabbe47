using System;
using System.CommandLine;
using System.IO;
using Curata.Knowledge.Tool.Input;
using Curata.Knowledge.Tool.Schema;

namespace Curata.Knowledge.Tool.Commands
{
    /// <summary>
    /// <c>schema [folder] [--output file]</c>: the JSON Schema of one knowledge base, its declared kinds and properties typed
    /// and its ids offered at every reference, for editors to validate and complete against.
    /// </summary>
    internal static class SchemaCommand
    {
        /// <summary>The command, for the root command to register.</summary>
        public static Command Create()
        {
            var folder = new Argument<DirectoryInfo>("folder")
            {
                Description = "The knowledge folder (default: knowledge).",
                DefaultValueFactory = _ => new DirectoryInfo("knowledge"),
            };
            var output = new Option<FileInfo?>("--output", "-o")
            {
                Description = "Write the schema to this file (for example knowledge/schema/knowledge.schema.json) instead of the console.",
            };
            var command = new Command("schema", "Write a JSON Schema specific to a knowledge base: its declared kinds, properties and ids.") { folder, output };
            command.SetAction(parse =>
            {
                var path = parse.GetValue(folder)!.FullName;
                if (!Directory.Exists(path))
                {
                    Console.Error.WriteLine($"There is no folder '{path}'.");
                    return 2;
                }
                var knowledge = KnowledgeFolder.Load(path);
                var schema = KnowledgeSchema.Write(knowledge.Spec, $"Knowledge file of {Path.GetFileName(knowledge.Path)}");
                if (parse.GetValue(output) is FileInfo file)
                {
                    file.Directory?.Create();
                    File.WriteAllText(file.FullName, schema);
                }
                else
                {
                    Console.Out.Write(schema);
                }
                // The schema is written even when the base has errors: it is built from what is valid.
                if (knowledge.ErrorCount > 0) Console.Error.WriteLine($"{knowledge.Path}: {knowledge.ErrorCount} error(s); 'check' lists them. Facts with errors are left out of the schema.");
                return 0;
            });
            return command;
        }
    }
}
