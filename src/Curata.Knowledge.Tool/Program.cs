using System.CommandLine;
using Curata.Knowledge.Tool.Commands;

namespace Curata.Knowledge.Tool
{
    /// <summary>The <c>curata-knowledge</c> command: one subcommand per job around a knowledge base.</summary>
    public static class Program
    {
        /// <summary>Runs the command line; the exit code is 0 on success, 1 when the knowledge has errors, 2 on misuse.</summary>
        public static int Main(string[] args)
        {
            var root = new RootCommand("Start, check, export and explore knowledge bases kept as JSON for Curata.Knowledge.")
            {
                CheckCommand.Create(),
                InitCommand.Create(),
                SchemaCommand.Create(),
                LspCommand.Create(),
                ExploreCommand.Create(),
                ExportCommand.Create(),
            };
            var parse = root.Parse(args);
            var exitCode = parse.Invoke();
            // A command line that does not parse is misuse, told apart from knowledge with errors (1).
            return parse.Errors.Count > 0 ? 2 : exitCode;
        }
    }
}
