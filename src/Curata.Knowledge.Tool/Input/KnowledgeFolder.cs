using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Analyzers;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Tool.Output;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Tool.Input
{
    /// <summary>
    /// A knowledge folder read and checked as the build reads and checks it: the same files (every <c>.json</c> but
    /// <c>*.schema.json</c>, every <c>.txt</c>, none under <c>bin/</c> or <c>obj/</c>), the same reader and checks, and the
    /// severities of the <c>.editorconfig</c> files in the folder and above it.
    /// </summary>
    internal sealed class KnowledgeFolder
    {
        private KnowledgeFolder(string path, KnowledgeBaseSpec spec, IReadOnlyList<Diagnostic> diagnostics)
        {
            Path = path;
            Spec = spec;
            Diagnostics = diagnostics;
        }

        /// <summary>The folder's full path.</summary>
        public string Path { get; }

        /// <summary>The checked knowledge base: every valid fact, and every problem found.</summary>
        public KnowledgeBaseSpec Spec { get; }

        /// <summary>The problems at their configured severities, in the build's order; suppressed ones left out.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>Reads and checks <paramref name="folder"/>.</summary>
        public static KnowledgeFolder Load(string folder, CancellationToken cancellationToken = default) => Load(folder, null, cancellationToken);

        /// <summary>Reads and checks <paramref name="folder"/>; <paramref name="progress"/>, when given, counts the files read.</summary>
        public static KnowledgeFolder Load(string folder, Progress? progress, CancellationToken cancellationToken = default)
        {
            var root = System.IO.Path.GetFullPath(folder);
            if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"There is no folder '{folder}'.");
            var files = FilesIn(root).Select(path => (AdditionalText)new FileText(path, progress)).ToList();
            progress?.SetTotal(files.Count);
            var editorConfigs = EditorConfigsFor(root, files.Select(f => f.Path)).Select(path => (AdditionalText)new FileText(path, null)).ToList();
            var spec = KnowledgeCheck.Check(files, cancellationToken);
            var severities = EditorConfigSeverities.Read(editorConfigs, cancellationToken);
            return new KnowledgeFolder(root, spec, KnowledgeCheck.All(spec, severities, editorConfigs.Select(e => e.Path)));
        }

        /// <summary>The knowledge files and source texts under <paramref name="root"/> (a full path), as the build takes them, in ordinal order.</summary>
        internal static IReadOnlyList<string> FilesIn(string root) =>
            Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(path => IsKnowledgeInput(root, path))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();

        /// <summary>Whether the file at <paramref name="path"/> (a full path under <paramref name="root"/>) is knowledge the build reads.</summary>
        internal static bool IsKnowledgeInput(string root, string path) =>
            !IsBuildOutput(root, path) && (KnowledgeFiles.IsKnowledgeFile(path) || KnowledgeFiles.IsSourceText(path));

        // The package's props leave bin/ and obj/ out of the knowledge, whatever KnowledgeFolder is.
        private static bool IsBuildOutput(string root, string path)
        {
            var relative = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
            return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
                || relative.Contains("/bin/") || relative.Contains("/obj/");
        }

        // As the package's targets do: every .editorconfig file in a folder that holds a knowledge file, or above one.
        internal static IEnumerable<string> EditorConfigsFor(string root, IEnumerable<string> files)
        {
            var folders = new SortedSet<string>(StringComparer.Ordinal) { root };
            foreach (var file in files)
            {
                for (var folder = System.IO.Path.GetDirectoryName(file); folder != null; folder = System.IO.Path.GetDirectoryName(folder)) folders.Add(folder);
            }
            for (var folder = System.IO.Path.GetDirectoryName(root); folder != null; folder = System.IO.Path.GetDirectoryName(folder)) folders.Add(folder);
            return folders.Select(f => System.IO.Path.Combine(f, ".editorconfig")).Where(File.Exists);
        }

        /// <summary>A file on disk as the compiler would hand it to an analyzer.</summary>
        private sealed class FileText : AdditionalText
        {
            private readonly Progress? _progress;

            public FileText(string path, Progress? progress)
            {
                Path = path;
                _progress = progress;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default)
            {
                using var stream = File.OpenRead(Path);
                var text = SourceText.From(stream, throwIfBinaryDetected: false);
                _progress?.Advance();
                return text;
            }
        }
    }
}
