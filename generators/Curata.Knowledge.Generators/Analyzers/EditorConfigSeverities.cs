using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Analyzers
{
    /// <summary>
    /// <c>dotnet_diagnostic.KBxxxx.severity</c> entries of the <c>.editorconfig</c> files above each knowledge file. The compiler
    /// applies .editorconfig severities to C# files only (additional files take only .globalconfig), so the package passes the
    /// .editorconfig files along as additional files and the analyzer applies them itself, with the same precedence rules:
    /// nearer files win, later sections win, and a file with <c>root = true</c> stops the search.
    /// </summary>
    internal sealed class EditorConfigSeverities
    {
        private readonly List<EditorConfig> _configs;

        private EditorConfigSeverities(List<EditorConfig> configs) => _configs = configs;

        public static bool IsEditorConfig(string path) =>
            path.EndsWith("/.editorconfig", StringComparison.Ordinal) || path.EndsWith("\\.editorconfig", StringComparison.Ordinal) || path == ".editorconfig";

        public static EditorConfigSeverities Read(IEnumerable<AdditionalText> files, CancellationToken cancellationToken) =>
            new EditorConfigSeverities(files.Select(file => EditorConfig.Parse(Normalise(file.Path), file.GetText(cancellationToken)?.ToString() ?? "")).ToList());

        /// <summary>The configured severity of <paramref name="id"/> for the file, or null to keep the rule's default.</summary>
        public ReportDiagnostic? For(string id, string path)
        {
            path = Normalise(path);
            var applicable = _configs.Where(c => path.StartsWith(c.Directory + "/", StringComparison.Ordinal))
                .OrderByDescending(c => c.Directory.Length).ToList();
            var root = applicable.FindIndex(c => c.IsRoot);
            if (root >= 0) applicable = applicable.Take(root + 1).ToList();
            foreach (var config in applicable)
            {
                var severity = config.For(id, path.Substring(config.Directory.Length + 1));
                if (severity != null) return severity;
            }
            return null;
        }

        private static string Normalise(string path) => path.Replace('\\', '/');

        private sealed class EditorConfig
        {
            private readonly List<(Regex Glob, Dictionary<string, ReportDiagnostic> Severities)> _sections =
                new List<(Regex, Dictionary<string, ReportDiagnostic>)>();

            private EditorConfig(string directory) => Directory = directory;

            public string Directory { get; }

            public bool IsRoot { get; private set; }

            public static EditorConfig Parse(string path, string text)
            {
                var config = new EditorConfig(path.Substring(0, Math.Max(0, path.LastIndexOf('/'))));
                Dictionary<string, ReportDiagnostic>? current = null;
                foreach (var raw in text.Split('\n'))
                {
                    var line = raw.Trim();
                    if (line.Length == 0 || line[0] == '#' || line[0] == ';') continue;
                    if (line[0] == '[' && line[line.Length - 1] == ']')
                    {
                        current = new Dictionary<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
                        config._sections.Add((Glob(line.Substring(1, line.Length - 2)), current));
                        continue;
                    }
                    var equals = line.IndexOf('=');
                    if (equals < 0) continue;
                    var key = line.Substring(0, equals).Trim().ToLowerInvariant();
                    var value = line.Substring(equals + 1).Trim().ToLowerInvariant();
                    if (current == null)
                    {
                        if (key == "root" && value == "true") config.IsRoot = true;
                    }
                    else if (key.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && key.EndsWith(".severity", StringComparison.Ordinal)
                        && Severity(value) is ReportDiagnostic severity)
                    {
                        current[key.Substring(18, key.Length - 18 - 9)] = severity;
                    }
                }
                return config;
            }

            // The last matching section that names the rule wins, as in the compiler.
            public ReportDiagnostic? For(string id, string relativePath)
            {
                var name = relativePath.Substring(relativePath.LastIndexOf('/') + 1);
                for (var i = _sections.Count - 1; i >= 0; i--)
                {
                    var (glob, severities) = _sections[i];
                    if (severities.TryGetValue(id, out var severity) && (glob.IsMatch(relativePath) || glob.IsMatch(name))) return severity;
                }
                return null;
            }

            private static ReportDiagnostic? Severity(string value) => value switch
            {
                "error" => ReportDiagnostic.Error,
                "warning" or "warn" => ReportDiagnostic.Warn,
                "suggestion" or "info" => ReportDiagnostic.Info,
                "silent" or "hidden" => ReportDiagnostic.Hidden,
                "none" or "suppress" => ReportDiagnostic.Suppress,
                "default" => ReportDiagnostic.Default,
                _ => null,
            };

            // EditorConfig globs: * (not across /), ** (across /), ?, {a,b}, [abc], [!abc]. A glob without / matches file names
            // anywhere below the file's folder; a glob with / matches the path from the folder.
            private static Regex Glob(string glob)
            {
                glob = glob.TrimStart('/');
                var pattern = new StringBuilder("^");
                for (var i = 0; i < glob.Length; i++)
                {
                    var c = glob[i];
                    switch (c)
                    {
                        case '*':
                            if (i + 1 < glob.Length && glob[i + 1] == '*')
                            {
                                pattern.Append(".*");
                                i++;
                            }
                            else
                            {
                                pattern.Append("[^/]*");
                            }
                            break;
                        case '?': pattern.Append("[^/]"); break;
                        case '{':
                            var close = glob.IndexOf('}', i);
                            if (close < 0) goto default;
                            pattern.Append("(?:").Append(string.Join("|", glob.Substring(i + 1, close - i - 1).Split(',').Select(Regex.Escape))).Append(')');
                            i = close;
                            break;
                        case '[':
                            var end = glob.IndexOf(']', i);
                            if (end < 0) goto default;
                            var set = glob.Substring(i + 1, end - i - 1);
                            pattern.Append('[').Append(set.StartsWith("!") ? "^" + Regex.Escape(set.Substring(1)) : Regex.Escape(set)).Append(']');
                            i = end;
                            break;
                        default:
                            pattern.Append(Regex.Escape(c.ToString()));
                            break;
                    }
                }
                pattern.Append('$');
                return new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
            }
        }
    }
}
