using System;
using System.CommandLine;
using System.IO;
using Curata.Knowledge.Tool.Lsp;

namespace Curata.Knowledge.Tool.Commands
{
    /// <summary>
    /// <c>lsp</c>: a language server for knowledge JSON over stdio (diagnostics as you type, completion, hover, go to
    /// definition, references, rename). The knowledge folder is the editor's workspace folder.
    /// </summary>
    internal static class LspCommand
    {
        public static Command Create()
        {
            var stdio = new Option<bool>("--stdio") { Description = "Speak LSP over standard input and output (the only transport; accepted because editors pass it)." };
            var command = new Command("lsp", "Run a language server for the knowledge files of the editor's workspace folder, over stdio.") { stdio };
            command.SetAction(_ =>
            {
                // Standard output carries the protocol only: anything else printed there would corrupt it.
                using var input = new BufferedStream(Console.OpenStandardInput());
                using var output = Console.OpenStandardOutput();
                using var server = new KnowledgeLanguageServer(new LspConnection(input, output), Console.Error);
                return server.Run();
            });
            return command;
        }
    }
}
