using System;
using System.CommandLine;
using System.IO;
using Curata.Knowledge.Tool.Explore;
using Curata.Knowledge.Tool.Input;

namespace Curata.Knowledge.Tool.Commands
{
    /// <summary>
    /// <c>explore [folder] --output &lt;dir&gt;</c>: writes a static site to read a knowledge base in a browser, offline: a timeline,
    /// an actor network with a date filter, a page per fact and a search box. Facts with errors are left out, as the build
    /// leaves them out; the exit code is 1 when there were any, so a script notices.
    /// </summary>
    internal static class ExploreCommand
    {
        public static Command Create()
        {
            var folder = new Argument<DirectoryInfo>("folder")
            {
                Description = "The knowledge folder (default: knowledge).",
                DefaultValueFactory = _ => new DirectoryInfo("knowledge"),
            };
            var output = new Option<DirectoryInfo>("--output", "-o")
            {
                Description = "The folder to write the site into (created if missing); open index.html in it.",
                Required = true,
            };
            var command = new Command("explore", "Write a static site for reading a knowledge base in a browser: timeline, network, a page per fact, search.")
            {
                folder, output,
            };
            command.SetAction(parse =>
            {
                var knowledge = KnowledgeFolder.Load(parse.GetValue(folder)!.FullName);
                var site = parse.GetValue(output)!.FullName;
                var pages = ExplorerSite.Write(knowledge.Spec, site);
                Console.Error.WriteLine($"{knowledge.Path}: wrote {pages} pages to {site}; open {Path.Combine(site, "index.html")}");
                if (knowledge.ErrorCount > 0)
                    Console.Error.WriteLine($"{knowledge.ErrorCount} error(s) left some facts out; run 'curata-knowledge check' to see them.");
                return knowledge.ErrorCount > 0 ? 1 : 0;
            });
            return command;
        }
    }
}
