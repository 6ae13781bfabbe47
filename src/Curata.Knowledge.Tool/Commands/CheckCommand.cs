using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Curata.Knowledge.Tool.Input;
using Curata.Knowledge.Tool.Output;

namespace Curata.Knowledge.Tool.Commands
{
    /// <summary>
    /// <c>check [folder]</c>: the build's diagnostics for a knowledge folder, without compiling a project, as compiler-style
    /// lines (the default), SARIF 2.1.0 or GitHub Actions annotations. Exit code 1 when there is an error.
    /// </summary>
    internal static class CheckCommand
    {
        public static Command Create()
        {
            var folder = new Argument<DirectoryInfo>("folder")
            {
                Description = "The knowledge folder (default: knowledge).",
                DefaultValueFactory = _ => new DirectoryInfo("knowledge"),
            };
            var format = new Option<string>("--format")
            {
                Description = "text (compiler-style lines), sarif (SARIF 2.1.0) or github (GitHub Actions annotations).",
                DefaultValueFactory = _ => "text",
            };
            format.AcceptOnlyFromAmong("text", "sarif", "github");
            var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of the console." };
            var command = new Command("check", "Check a knowledge folder as the build does, and report its diagnostics.") { folder, format, output };
            command.SetAction(parse =>
            {
                var folderPath = parse.GetValue(folder)!.FullName;
                if (!Directory.Exists(folderPath))
                {
                    Console.Error.WriteLine($"There is no folder '{folderPath}': name the knowledge folder (default: knowledge).");
                    return 2;
                }
                KnowledgeFolder knowledge;
                using (var progress = Progress.Start("files read"))
                {
                    knowledge = KnowledgeFolder.Load(folderPath, progress);
                }
                // The report file is closed at the end; the console is not ours to close.
                using var file = parse.GetValue(output) is FileInfo path ? new StreamWriter(path.FullName) : null;
                var writer = (TextWriter?)file ?? Console.Out;
                switch (parse.GetValue(format))
                {
                    case "sarif": SarifReport.Write(writer, knowledge); break;
                    case "github": GitHubAnnotations.Write(writer, knowledge.Diagnostics); break;
                    default: CompilerLines.Write(writer, knowledge.Diagnostics); break;
                }
                var errors = knowledge.ErrorCount;
                var warnings = knowledge.Diagnostics.Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
                Console.Error.WriteLine($"{knowledge.Path}: {errors} error(s), {warnings} warning(s)");
                return errors > 0 ? 1 : 0;
            });
            return command;
        }
    }
}
