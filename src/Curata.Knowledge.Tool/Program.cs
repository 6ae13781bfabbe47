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
                ExportCommand.Create(),
            };
            return root.Parse(args).Invoke();
        }
    }
}
