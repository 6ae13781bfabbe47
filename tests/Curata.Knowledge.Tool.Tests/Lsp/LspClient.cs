using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Curata.Knowledge.Tool.Lsp;

namespace Curata.Knowledge.Tool.Tests.Lsp;

/// <summary>
/// A language client as an editor is one: it starts <c>dotnet curata-knowledge.dll lsp</c> as a child process and speaks
/// JSON-RPC with Content-Length framing over its stdio. Also compiled into the latency benchmark.
/// </summary>
public sealed class LspClient : IDisposable
{
    /// <summary>How long to wait for an answer before calling the server hung: a guard against hanging the run, not a latency check.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly LspConnection _connection;
    private readonly Thread _reader;
    private readonly Dictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly List<JsonObject> _notifications = new();
    private int _nextId;
    private int _consumed;

    private LspClient(Process process)
    {
        _process = process;
        _connection = new LspConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
        _reader = new Thread(ReadLoop) { IsBackground = true };
        _reader.Start();
    }

    /// <summary>Starts the server built next to this assembly and initializes it on <paramref name="folder"/>.</summary>
    public static LspClient Start(string folder)
    {
        var tool = typeof(Curata.Knowledge.Tool.Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add("lsp");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the language server.");
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) Console.Error.WriteLine("[lsp] " + e.Data); };
        process.BeginErrorReadLine();
        var client = new LspClient(process);
        client.Request("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = UriOf(folder),
            ["capabilities"] = new JsonObject(),
        });
        client.Notify("initialized", new JsonObject());
        return client;
    }

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    /// <summary>Sends a request and waits for its result; a JSON-RPC error becomes an <see cref="LspErrorException"/>.</summary>
    public JsonNode? Request(string method, JsonNode parameters)
    {
        var task = RequestAsync(method, parameters);
        if (!task.Wait(Patience)) throw new TimeoutException($"No answer to '{method}'.");
        var response = task.Result;
        if (response["error"] is { } error) throw new LspErrorException((int)error["code"]!, (string)error["message"]!);
        return response["result"];
    }

    /// <summary>Sends a request; the task completes with the whole response message.</summary>
    public Task<JsonObject> RequestAsync(string method, JsonNode parameters)
    {
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        int id;
        lock (_pending)
        {
            id = ++_nextId;
            _pending[id] = answer;
        }
        _connection.Request(id, method, parameters);
        return answer.Task;
    }

    public void Notify(string method, JsonNode parameters) => _connection.Notify(method, parameters);

    public void Open(string path, string text) =>
        Notify("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["languageId"] = "json", ["version"] = 1, ["text"] = text },
        });

    /// <summary>Replaces the whole text of an open document (full sync).</summary>
    public void Change(string path, int version, string text) =>
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
        });

    /// <summary>
    /// An incremental change, as an editor sends one to a server that asks for them: the characters from
    /// <paramref name="start"/> to <paramref name="end"/> of the document's <paramref name="currentText"/> become
    /// <paramref name="newText"/>.
    /// </summary>
    public void Edit(string path, int version, string currentText, int start, int end, string newText) =>
        Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path), ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject { ["start"] = PositionOf(currentText, start), ["end"] = PositionOf(currentText, end) },
                ["text"] = newText,
            }),
        });

    private static JsonObject PositionOf(string text, int offset)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0) lineStart = 0;
        var line = 0;
        for (var i = 0; i < lineStart; i++) if (text[i] == '\n') line++;
        return new JsonObject { ["line"] = line, ["character"] = offset - lineStart };
    }

    /// <summary>
    /// The diagnostics of the next publication for <paramref name="path"/> that satisfies <paramref name="accept"/>, looking only
    /// at notifications after the last one a wait returned, so successive waits follow the server's order.
    /// </summary>
    public JsonArray WaitForDiagnostics(string path, Func<JsonArray, bool> accept)
    {
        var uri = UriOf(path);
        var deadline = DateTime.UtcNow + Patience;
        lock (_notifications)
        {
            while (true)
            {
                for (; _consumed < _notifications.Count; _consumed++)
                {
                    var message = _notifications[_consumed];
                    if ((string?)message["method"] != "textDocument/publishDiagnostics" || (string?)message["params"]!["uri"] != uri) continue;
                    var diagnostics = message["params"]!["diagnostics"]!.AsArray();
                    if (accept(diagnostics))
                    {
                        _consumed++;
                        return diagnostics;
                    }
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero) throw new TimeoutException($"No diagnostics as expected were published for {uri}.");
                Monitor.Wait(_notifications, left);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Request("shutdown", new JsonObject());
            Notify("exit", new JsonObject());
            if (!_process.WaitForExit(10_000)) _process.Kill();
        }
        catch (Exception) when (!_process.HasExited)
        {
            _process.Kill();
        }
        _process.Dispose();
    }

    private void ReadLoop()
    {
        try
        {
            while (_connection.Read() is { } message)
            {
                if (message["id"] is { } id && message["method"] == null)
                {
                    TaskCompletionSource<JsonObject>? answer;
                    lock (_pending)
                    {
                        _pending.Remove((int)id, out answer);
                    }
                    answer?.SetResult(message);
                    continue;
                }
                lock (_notifications)
                {
                    _notifications.Add(message);
                    Monitor.PulseAll(_notifications);
                }
            }
        }
        catch (Exception) when (_process.HasExited)
        {
        }
    }
}

/// <summary>A JSON-RPC error answer.</summary>
public sealed class LspErrorException : Exception
{
    public LspErrorException(int code, string message) : base(message) => Code = code;

    public int Code { get; }
}
