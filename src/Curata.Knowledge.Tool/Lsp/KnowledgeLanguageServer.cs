using System;
using System.Runtime;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Tool.Lsp
{
    /// <summary>
    /// The language server: LSP 3.17 over a <see cref="LspConnection"/>. Requests are answered on the reading thread from the
    /// current snapshot (an edit re-reads only its own file). Two threads publish diagnostics: one answers each edit at once
    /// for the edited file (<see cref="CheckedSnapshot.EditedFile"/>, or the file's own reading), the other runs the full
    /// check, is cancelled by the next edit, and publishes every file whose diagnostics changed, including clearing them. No
    /// file's diagnostics are replaced by those of an older snapshot.
    /// </summary>
    internal sealed class KnowledgeLanguageServer : IDisposable
    {
        /// <summary>
        /// Above this much knowledge JSON (characters) the full check takes longer than a keystroke (about 1.2 s at 58 MB,
        /// docs/performance.md), so an edited file first gets what its own reading found, then the full result.
        /// </summary>
        public const long EarlyDiagnosticsThreshold = 2_000_000;

        private readonly LspConnection _connection;
        private readonly TextWriter _log;
        private readonly object _gate = new();
        private readonly SemaphoreSlim _changed = new(0, int.MaxValue);
        private readonly SemaphoreSlim _edits = new(0, int.MaxValue);
        private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _publishedVersions = new(StringComparer.Ordinal);
        private readonly HashSet<string> _toAnswer = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _uris = new(StringComparer.Ordinal);
        private readonly HashSet<string> _edited = new(StringComparer.Ordinal);
        private KnowledgeWorkspace? _workspace;
        private CancellationTokenSource _check = new();
        private Thread? _checker;
        private Thread? _answerer;
        // The last full check, which the edited file's early answer starts from.
        private volatile CheckedSnapshot? _lastCheck;
        // The version the edited files were last answered for: a full check of a newer one waits for that answer, so the two
        // do not share the processor (and its collections) while an editor waits on the answer.
        private int _answeredVersion;
        private bool _shutdown;
        private volatile bool _stopping;

        public KnowledgeLanguageServer(LspConnection connection, TextWriter log)
        {
            _connection = connection;
            _log = log;
        }

        /// <summary>Serves until <c>exit</c> or the end of input; the exit code is 0 after a <c>shutdown</c> request, 1 otherwise.</summary>
        public int Run()
        {
            // An editor waits on every answer: collect the full heap in the background, never in one long pause while a
            // keystroke's diagnostics are being read.
            GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
            while (true)
            {
                JsonObject? message;
                try
                {
                    message = _connection.Read();
                }
                catch (Exception e) when (e is InvalidDataException or JsonException or FormatException or OverflowException)
                {
                    _log.WriteLine("curata-knowledge lsp: " + e.Message);
                    return 1;
                }
                if (message == null) return _shutdown ? 0 : 1;
                var method = (string?)message["method"];
                var id = message["id"];
                if (method == "exit") return _shutdown ? 0 : 1;
                if (method == null) continue; // a response to something the server never asks
                try
                {
                    var result = Handle(method, message["params"], id != null);
                    if (id != null) _connection.Respond(id, result);
                }
                catch (LspRequestException e)
                {
                    if (id != null) _connection.RespondError(id, e.Code, e.Message);
                }
                catch (RenameRefusedException e)
                {
                    if (id != null) _connection.RespondError(id, LspErrors.RequestFailed, e.Message);
                }
                catch (Exception e)
                {
                    _log.WriteLine($"curata-knowledge lsp: {method} failed: {e}");
                    if (id != null) _connection.RespondError(id, LspErrors.InternalError, e.Message);
                }
            }
        }

        public void Dispose()
        {
            _stopping = true;
            _check.Cancel();
            _changed.Release();
            _edits.Release();
            _checker?.Join(TimeSpan.FromSeconds(5));
            _answerer?.Join(TimeSpan.FromSeconds(5));
        }

        private object? Handle(string method, JsonNode? parameters, bool isRequest)
        {
            if (_workspace == null && method != "initialize")
            {
                if (isRequest) throw new LspRequestException(LspErrors.ServerNotInitialized, "The server has not been initialized.");
                return null;
            }
            if (_shutdown && isRequest) throw new LspRequestException(LspErrors.InvalidRequest, "The server is shutting down.");
            switch (method)
            {
                case "initialize": return Initialize(parameters);
                case "initialized": return null;
                case "shutdown":
                    _shutdown = true;
                    return null;
                case "textDocument/didOpen":
                    Edit(parameters!["textDocument"]!, (string)parameters["textDocument"]!["text"]!, isOpen: true);
                    return null;
                case "textDocument/didChange":
                    Change(parameters!);
                    return null;
                case "textDocument/didClose":
                    Reload(PathOf(parameters!["textDocument"]!), onlyIfClosed: false);
                    return null;
                case "textDocument/didSave":
                    return null; // the open text already counts; the disk's changes come through didClose or watched files
                case "workspace/didChangeWatchedFiles":
                    foreach (var change in parameters!["changes"]!.AsArray()) Reload(PathOf(change!), onlyIfClosed: true);
                    return null;
                case "textDocument/completion":
                    return At(parameters!, (snapshot, text, offset) => KnowledgeCompletion.Complete(snapshot, text, offset));
                case "textDocument/hover":
                    return At(parameters!, (snapshot, text, offset) => KnowledgeNavigation.Hover(snapshot, PathOf(parameters!["textDocument"]!), offset));
                case "textDocument/definition":
                    return At(parameters!, (snapshot, text, offset) =>
                        KnowledgeNavigation.Definition(snapshot, PathOf(parameters!["textDocument"]!), offset) is { } definition ? LocationOf(definition) : null);
                case "textDocument/references":
                    return At(parameters!, (snapshot, text, offset) => KnowledgeNavigation.References(snapshot, PathOf(parameters!["textDocument"]!), offset,
                        (bool?)parameters!["context"]?["includeDeclaration"] ?? true).Select(LocationOf).ToList());
                case "textDocument/rename":
                    return At(parameters!, (snapshot, text, offset) =>
                    {
                        var edits = KnowledgeNavigation.Rename(snapshot, PathOf(parameters!["textDocument"]!), offset, (string?)parameters["newName"] ?? "");
                        return new LspWorkspaceEdit(edits.ToDictionary(e => UriOf(e.Key), e => e.Value, StringComparer.Ordinal));
                    });
                default:
                    if (isRequest && !method.StartsWith("$/", StringComparison.Ordinal))
                        throw new LspRequestException(LspErrors.MethodNotFound, $"The server does not handle '{method}'.");
                    return null;
            }
        }

        private object Initialize(JsonNode? parameters)
        {
            var folder = (string?)parameters?["workspaceFolders"]?.AsArray().FirstOrDefault()?["uri"] is { } folderUri ? PathFromUri(folderUri)
                : (string?)parameters?["rootUri"] is { } rootUri ? PathFromUri(rootUri)
                : (string?)parameters?["rootPath"] ?? Directory.GetCurrentDirectory();
            _workspace = KnowledgeWorkspace.Load(folder);
            _checker = new Thread(CheckLoop) { IsBackground = true, Name = "knowledge check" };
            _checker.Start();
            _answerer = new Thread(AnswerLoop) { IsBackground = true, Name = "edited file" };
            _answerer.Start();
            _changed.Release();
            return new JsonObject
            {
                ["capabilities"] = new JsonObject
                {
                    ["positionEncoding"] = "utf-16",
                    ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JsonObject { ["includeText"] = false } },
                    ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray("\"") },
                    ["hoverProvider"] = true,
                    ["definitionProvider"] = true,
                    ["referencesProvider"] = true,
                    ["renameProvider"] = true,
                },
                ["serverInfo"] = new JsonObject { ["name"] = "curata-knowledge", ["version"] = typeof(KnowledgeLanguageServer).Assembly.GetName().Version?.ToString() },
            };
        }

        private void Edit(JsonNode document, string text, bool isOpen)
        {
            var path = PathOf(document);
            _workspace!.SetText(path, SourceText.From(text), isOpen);
            Changed(path);
        }

        // Full or incremental: each change is a range and its new text, applied in order; no range means the whole text.
        private void Change(JsonNode parameters)
        {
            var path = PathOf(parameters["textDocument"]!);
            var text = _workspace!.TextOf(path);
            if (text == null) return;
            foreach (var change in parameters["contentChanges"]!.AsArray())
            {
                var newText = (string)change!["text"]!;
                if (change["range"] is { } range)
                {
                    var span = TextSpan.FromBounds(Offset(text, range["start"]!), Offset(text, range["end"]!));
                    text = text.WithChanges(new TextChange(span, newText));
                }
                else
                {
                    text = SourceText.From(newText);
                }
            }
            _workspace.SetText(path, text, isOpen: true);
            Changed(path);
        }

        private void Reload(string path, bool onlyIfClosed)
        {
            _workspace!.ReloadFromDisk(path, onlyIfClosed);
            Changed(path);
        }

        // Cancels the running check: its result would be stale.
        private void Changed(string path)
        {
            lock (_gate)
            {
                _edited.Add(path);
                _toAnswer.Add(path);
                _check.Cancel();
            }
            _changed.Release();
            _edits.Release();
        }

        private object? At(JsonNode parameters, Func<WorkspaceSnapshot, SourceText, int, object?> answer)
        {
            var path = PathOf(parameters["textDocument"]!);
            var snapshot = _workspace!.Snapshot();
            if (!snapshot.Documents.TryGetValue(path, out var document) || !document.IsKnowledgeFile) return null;
            return answer(snapshot, document.Text, Offset(document.Text, parameters["position"]!));
        }

        // The edited files' diagnostics, without waiting for the full check: a change within one fact gets the file's
        // diagnostics with that fact checked against the base; on a large base any other change gets what reading the file
        // alone finds.
        private void AnswerLoop()
        {
            while (true)
            {
                _edits.Wait();
                while (_edits.CurrentCount > 0) _edits.Wait();
                if (_stopping) return;
                WorkspaceSnapshot snapshot;
                string[] edited;
                lock (_gate)
                {
                    snapshot = _workspace!.Snapshot();
                    edited = _toAnswer.ToArray();
                    _toAnswer.Clear();
                }
                try
                {
                    foreach (var path in edited)
                    {
                        if (_lastCheck?.EditedFile(snapshot, path, CancellationToken.None) is { } early) Publish(path, snapshot.Configured(path, early), snapshot);
                        else if (snapshot.KnowledgeCharacters > EarlyDiagnosticsThreshold) Publish(path, snapshot.ReadDiagnostics(path), snapshot);
                    }
                }
                catch (Exception e)
                {
                    _log.WriteLine("curata-knowledge lsp: the edited file's check failed: " + e);
                }
                lock (_gate)
                {
                    _answeredVersion = Math.Max(_answeredVersion, snapshot.Version);
                    Monitor.PulseAll(_gate);
                }
            }
        }

        private void CheckLoop()
        {
            while (true)
            {
                _changed.Wait();
                while (_changed.CurrentCount > 0) _changed.Wait(); // several edits since the last check: check the latest once
                if (_stopping) return;
                WorkspaceSnapshot snapshot;
                string[] edited;
                CancellationToken cancellation;
                lock (_gate)
                {
                    snapshot = _workspace!.Snapshot();
                    edited = _edited.ToArray();
                    _edited.Clear();
                    _check = new CancellationTokenSource();
                    cancellation = _check.Token;
                    var waited = Stopwatch.StartNew();
                    while (_answeredVersion < snapshot.Version && !_stopping && waited.ElapsedMilliseconds < 2000) Monitor.Wait(_gate, 100);
                }
                try
                {
                    var checkedBase = snapshot.Check(cancellation);
                    var last = _lastCheck = new CheckedSnapshot(snapshot, checkedBase);
                    PublishAll(snapshot.Configured(checkedBase), snapshot);
                    last.Prepare();
                }
                catch (OperationCanceledException)
                {
                    lock (_gate)
                    {
                        foreach (var path in edited) _edited.Add(path); // the next check publishes them
                    }
                }
                catch (Exception e)
                {
                    _log.WriteLine("curata-knowledge lsp: the check failed: " + e);
                }
            }
        }

        // Publishes each file whose diagnostics differ from what the client last got, clearing files that have none now.
        private void PublishAll(IReadOnlyList<Diagnostic> diagnostics, WorkspaceSnapshot snapshot)
        {
            var byPath = diagnostics.Where(d => d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile)
                .GroupBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)g.ToList(), StringComparer.Ordinal);
            string[] previously;
            lock (_published) previously = _published.Keys.ToArray();
            foreach (var path in previously.Where(p => !byPath.ContainsKey(p))) Publish(path, Array.Empty<Diagnostic>(), snapshot);
            foreach (var file in byPath) Publish(file.Key, file.Value, snapshot);
        }

        private void Publish(string path, IReadOnlyList<Diagnostic> diagnostics, WorkspaceSnapshot snapshot)
        {
            var converted = diagnostics.Select(ToLsp).ToList();
            var json = JsonSerializer.Serialize(converted, LspConnection.Json);
            lock (_published)
            {
                // A full check of an older snapshot that ended after an edit's early answer is stale for that file.
                if (_publishedVersions.TryGetValue(path, out var version) && version > snapshot.Version) return;
                _publishedVersions[path] = snapshot.Version;
                if (_published.TryGetValue(path, out var last) ? last == json : converted.Count == 0) return;
                if (converted.Count == 0) _published.Remove(path);
                else _published[path] = json;
                _connection.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(UriOf(path), converted, null));
            }
        }

        private LspDiagnostic ToLsp(Diagnostic diagnostic)
        {
            var help = diagnostic.Descriptor.HelpLinkUri;
            var related = diagnostic.AdditionalLocations.Select(l => new LspRelatedInformation(LocationOf(l), "first defined here")).ToList();
            return new LspDiagnostic(RangeOf(diagnostic.Location), Severity(diagnostic.Severity), diagnostic.Id,
                string.IsNullOrEmpty(help) ? null : new LspCodeDescription(help), "curata-knowledge",
                diagnostic.GetMessage(CultureInfo.InvariantCulture), related.Count == 0 ? null : related);
        }

        private static int Severity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            DiagnosticSeverity.Info => 3,
            _ => 4,
        };

        private LspLocation LocationOf(Location location) => new(UriOf(location.GetLineSpan().Path), RangeOf(location));

        private LspLocation LocationOf(KnowledgeSymbol symbol) => new(UriOf(symbol.IdLocation.Path), LspRange.From(symbol.IdLocation));

        private static LspRange RangeOf(Location location)
        {
            var span = location.GetLineSpan();
            return new LspRange(new LspPosition(span.StartLinePosition.Line, span.StartLinePosition.Character),
                new LspPosition(span.EndLinePosition.Line, span.EndLinePosition.Character));
        }

        private static int Offset(SourceText text, JsonNode position)
        {
            var line = Math.Clamp((int)position["line"]!, 0, text.Lines.Count - 1);
            var start = text.Lines[line];
            return Math.Min(start.Start + Math.Max(0, (int)position["character"]!), start.End);
        }

        // The client's URI for a path it named, so a published URI matches the document it opened, spelling included.
        private string PathOf(JsonNode document)
        {
            var uri = (string)document["uri"]!;
            var path = PathFromUri(uri);
            lock (_uris) _uris[path] = uri;
            return path;
        }

        private string UriOf(string path)
        {
            lock (_uris) return _uris.TryGetValue(path, out var uri) ? uri : new Uri(path).AbsoluteUri;
        }

        private static string PathFromUri(string uri) => Path.GetFullPath(new Uri(uri).LocalPath);
    }

    /// <summary>A request the server answers with an error.</summary>
    internal sealed class LspRequestException : Exception
    {
        public LspRequestException(int code, string message) : base(message) => Code = code;

        public int Code { get; }
    }
}
