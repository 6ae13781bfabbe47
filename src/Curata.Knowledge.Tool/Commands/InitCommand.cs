using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Curata.Knowledge.Tool.Init;

namespace Curata.Knowledge.Tool.Commands
{
    /// <summary>
    /// <c>init [folder] [--force]</c>: starts a knowledge folder that builds clean, with an example of every kind of fact and
    /// the JSON Schema wired for editors. It never overwrites a file unless told to (exit code 2).
    /// </summary>
    internal static class InitCommand
    {
        /// <summary>The command, for the root command to register.</summary>
        public static Command Create()
        {
            var folder = new Argument<DirectoryInfo>("folder")
            {
                Description = "The knowledge folder to create (default: knowledge, the folder the package reads).",
                DefaultValueFactory = _ => new DirectoryInfo("knowledge"),
            };
            var force = new Option<bool>("--force") { Description = "Overwrite files that already exist." };
            var command = new Command("init", "Create a knowledge folder with a vocabulary, declarations, example facts and the JSON Schema.") { folder, force };
            command.SetAction(parse => Run(parse.GetValue(folder)!.FullName, parse.GetValue(force), Console.Out, Console.Error));
            return command;
        }

        /// <summary>Writes the template into <paramref name="folder"/>; returns the exit code.</summary>
        public static int Run(string folder, bool force, TextWriter output, TextWriter error)
        {
            var existing = KnowledgeTemplate.ExistingFiles(folder);
            if (existing.Count > 0 && !force)
            {
                error.WriteLine($"init would overwrite {existing.Count} existing file(s); nothing was written (use --force to overwrite):");
                foreach (var path in existing) error.WriteLine("  " + path);
                return 2;
            }
            foreach (var path in KnowledgeTemplate.WriteTo(folder)) output.WriteLine("created " + Path.GetRelativePath(Environment.CurrentDirectory, path));
            output.WriteLine();
            output.WriteLine("Next: add the package next to this folder (dotnet add package Curata.Knowledge) and build;");
            output.WriteLine("edit the examples, then run 'curata-knowledge check' to see what the build will say.");
            return 0;
        }
    }
}
