using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Analyzers
{
    /// <summary>
    /// <c>dotnet_diagnostic.KBxxxx.severity</c> entries of the <c>.editorconfig</c> files above each knowledge file. The compiler
    /// applies .editorconfig severities to C# files only (additional files take only .globalconfig), so the package passes the
    /// .editorconfig files along as additional files and the analyzer applies them itself, with the same precedence rules:
    /// nearer files win, later sections win, and a file with <c>root = true</c> stops the search. Any text is read without an
    /// exception, and section globs are matched without backtracking (<see cref="EditorConfigGlob"/>); a severity entry that
    /// cannot be applied is reported on its line (KB0903) rather than dropped silently.
    /// </summary>
    internal sealed class EditorConfigSeverities
    {
        private readonly List<EditorConfig> _configs;
        private readonly ConcurrentDictionary<string, Dictionary<string, ReportDiagnostic>> _byPath =
            new ConcurrentDictionary<string, Dictionary<string, ReportDiagnostic>>(StringComparer.Ordinal);

        private EditorConfigSeverities(List<EditorConfig> configs) => _configs = configs;

        public static bool IsEditorConfig(string path) =>
            path.EndsWith("/.editorconfig", StringComparison.Ordinal) || path.EndsWith("\\.editorconfig", StringComparison.Ordinal) || path == ".editorconfig";

        public static EditorConfigSeverities Read(IEnumerable<AdditionalText> files, CancellationToken cancellationToken) =>
            new EditorConfigSeverities(files.Select(file => EditorConfig.Parse(file.Path, file.GetText(cancellationToken) ?? SourceText.From(""), cancellationToken)).ToList());

        /// <summary>The severity entries of the .editorconfig at <paramref name="path"/> that cannot be applied (KB0903).</summary>
        public IEnumerable<DiagnosticInfo> ProblemsIn(string path) =>
            _configs.Where(c => string.Equals(c.Path, path, StringComparison.Ordinal)).SelectMany(c => c.Problems);

        /// <summary>The configured severity of <paramref name="id"/> for the file, or null to keep the rule's default.</summary>
        public ReportDiagnostic? For(string id, string path) =>
            _byPath.GetOrAdd(path, Resolve).TryGetValue(id, out var severity) ? severity : null;

        // Every configured severity for one file, computed once per file however many diagnostics it has: the files from the
        // farthest (or the nearest root) to the nearest, each section in order, so that nearer files and later sections win.
        private Dictionary<string, ReportDiagnostic> Resolve(string path)
        {
            path = Normalise(path);
            var applicable = _configs.Where(c => path.StartsWith(c.Directory + "/", StringComparison.Ordinal))
                .OrderByDescending(c => c.Directory.Length).ToList();
            var root = applicable.FindIndex(c => c.IsRoot);
            if (root >= 0) applicable = applicable.Take(root + 1).ToList();
            var severities = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
            for (var i = applicable.Count - 1; i >= 0; i--) applicable[i].Apply(path.Substring(applicable[i].Directory.Length + 1), severities);
            return severities;
        }

        private static string Normalise(string path) => path.Replace('\\', '/');

        private sealed class EditorConfig
        {
            private const string Prefix = "dotnet_diagnostic.";
            private const string Suffix = ".severity";

            private readonly List<(EditorConfigGlob Glob, Dictionary<string, ReportDiagnostic> Severities)> _sections =
                new List<(EditorConfigGlob, Dictionary<string, ReportDiagnostic>)>();

            private EditorConfig(string path)
            {
                Path = path;
                var normalised = Normalise(path);
                Directory = normalised.Substring(0, Math.Max(0, normalised.LastIndexOf('/')));
            }

            public string Path { get; }

            public string Directory { get; }

            public bool IsRoot { get; private set; }

            public List<DiagnosticInfo> Problems { get; } = new List<DiagnosticInfo>();

            // Line by line, whatever the text: a line that is not understood is skipped, a severity entry that cannot be applied
            // is a KB0903 on its line, and nothing throws.
            public static EditorConfig Parse(string path, SourceText text, CancellationToken cancellationToken)
            {
                var config = new EditorConfig(path);
                Dictionary<string, ReportDiagnostic>? current = null;
                foreach (var textLine in text.Lines)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var raw = text.ToString(textLine.Span);
                    var line = raw.Trim();
                    if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
                    if (line[0] == '[' && line[line.Length - 1] == ']' && line.Length >= 2)
                    {
                        current = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
                        config._sections.Add((EditorConfigGlob.Compile(line.Substring(1, line.Length - 2).TrimStart('/')), current));
                        continue;
                    }
                    var equals = line.IndexOf('=');
                    if (equals < 0) continue;
                    var originalKey = line.Substring(0, equals).Trim();
                    var key = originalKey.ToLowerInvariant();
                    var value = line.Substring(equals + 1).Trim().ToLowerInvariant();
                    if (current == null)
                    {
                        if (key == "root" && value == "true") config.IsRoot = true;
                        continue;
                    }
                    if (!key.StartsWith(Prefix, StringComparison.Ordinal) || !key.EndsWith(Suffix, StringComparison.Ordinal)) continue;
                    var location = LocationInfo.From(path, text, textLine.Start + raw.Length - raw.TrimStart().Length, line.Length);
                    var id = key.Length > Prefix.Length + Suffix.Length
                        ? originalKey.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length).Trim()
                        : "";
                    if (id.Length == 0)
                    {
                        config.Problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSeverityEntry, location, originalKey,
                            "the key names no rule; write dotnet_diagnostic.<rule id>.severity, for example dotnet_diagnostic.KB0501.severity"));
                    }
                    else if (Severity(value) is ReportDiagnostic severity)
                    {
                        current[id] = severity;
                    }
                    else
                    {
                        config.Problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSeverityEntry, location, originalKey,
                            $"'{line.Substring(equals + 1).Trim()}' is not a severity; use error, warning, suggestion, silent, none or default"));
                    }
                }
                return config;
            }

            // Sections in order, later ones overriding earlier ones, as in the compiler.
            public void Apply(string relativePath, Dictionary<string, ReportDiagnostic> severities)
            {
                var name = relativePath.Substring(relativePath.LastIndexOf('/') + 1);
                foreach (var (glob, sectionSeverities) in _sections)
                {
                    if (sectionSeverities.Count == 0 || !(glob.IsMatch(relativePath) || glob.IsMatch(name))) continue;
                    foreach (var entry in sectionSeverities) severities[entry.Key] = entry.Value;
                }
            }

            private static ReportDiagnostic? Severity(string value) => value switch
            {
                "error" => ReportDiagnostic.Error,
                "warning" or "warn" => ReportDiagnostic.Warn,
                "suggestion" or "info" => ReportDiagnostic.Info,
                "silent" or "hidden" or "refactoring" => ReportDiagnostic.Hidden,
                "none" or "suppress" => ReportDiagnostic.Suppress,
                "default" => ReportDiagnostic.Default,
                _ => null,
            };
        }
    }
}
