using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Curata.Knowledge.Tool.Schema;

namespace Curata.Knowledge.Tool.Init
{
    /// <summary>A file <c>init</c> writes: its path relative to the knowledge folder ('/'-separated) and its text.</summary>
    internal sealed record TemplateFile(string RelativePath, string Text);

    /// <summary>
    /// What <c>init</c> writes into a new knowledge folder: a vocabulary, declarations (an identifier scheme, a kind of its own
    /// with typed properties, a property added to events), one example fact of each kind in a subfolder, and the format's
    /// JSON Schema in <c>schema/</c>, which every file names in <c>$schema</c> relative to itself so editors validate and
    /// complete in any subfolder.
    /// </summary>
    internal static class KnowledgeTemplate
    {
        private const string ResourcePrefix = "init/";

        /// <summary>Every file of the template, in ordinal order of path.</summary>
        public static IReadOnlyList<TemplateFile> Files { get; } = Read();

        /// <summary>The files of <see cref="Files"/> that already exist under <paramref name="folder"/>.</summary>
        public static IReadOnlyList<string> ExistingFiles(string folder) =>
            Files.Select(f => FullPath(folder, f)).Where(File.Exists).ToList();

        /// <summary>Writes every file under <paramref name="folder"/>, creating folders, replacing files; returns their full paths.</summary>
        public static IReadOnlyList<string> WriteTo(string folder)
        {
            var written = new List<string>();
            foreach (var file in Files)
            {
                var path = FullPath(folder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
                written.Add(path);
            }
            return written;
        }

        private static string FullPath(string folder, TemplateFile file) =>
            Path.GetFullPath(Path.Combine(folder, file.RelativePath.Replace('/', Path.DirectorySeparatorChar)));

        private static IReadOnlyList<TemplateFile> Read()
        {
            var assembly = typeof(KnowledgeTemplate).Assembly;
            var files = assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                .Select(name =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                    // MSBuild's RecursiveDir uses the building machine's separator.
                    return new TemplateFile(name.Substring(ResourcePrefix.Length).Replace('\\', '/'), reader.ReadToEnd());
                })
                .Append(new TemplateFile(StandardSchema.RelativePath, StandardSchema.Text));
            return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
        }
    }
}
