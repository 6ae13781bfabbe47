using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace Curata.Knowledge.PackageTests.Support;

/// <summary>What one <c>dotnet</c> command did.</summary>
public sealed record CommandResult(string Command, string WorkingDirectory, int ExitCode, string Output, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The output, one entry per line, without line ends.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

    public override string ToString() =>
        $"$ {Command}    (in {WorkingDirectory}; exit code {ExitCode}; {Duration.TotalSeconds:0.0} s)\n{Output}";
}

/// <summary>
/// Runs the dotnet CLI as a person would, with a timeout, capturing standard output and error together. The child gets no
/// telemetry, no banners and no first-run experience, English messages, and none of the MSBuild variables that the test host
/// inherited from the <c>dotnet test</c> that started it.
/// </summary>
internal static class DotNet
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    private static string Executable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && System.IO.File.Exists(host) ? host : "dotnet";

    private static bool IsInheritedBuildVariable(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("_MSBUILD", StringComparison.OrdinalIgnoreCase);

    public static CommandResult Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, DefaultTimeout, arguments);

    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // dotnet test runs this host with its own MSBuild's variables (MSBuildExtensionsPath, MSBuildSDKsPath, ...): a person's
        // shell has none of them, and they would steer the child's build.
        foreach (var name in start.Environment.Keys.Where(IsInheritedBuildVariable).ToArray()) start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE"] = "1";
        // No MSBuild node or build server outlives a command.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";

        var output = new StringBuilder();
        var gate = new object();
        void Append(string? line)
        {
            if (line == null) return;
            lock (gate) output.Append(line).Append('\n');
        }

        var command = "dotnet " + string.Join(" ", arguments.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
            lock (gate)
            {
                throw new TimeoutException($"Timed out after {timeout.TotalSeconds:0} s: {command} (in {workingDirectory})\n{output}");
            }
        }
        process.WaitForExit(); // flushes the asynchronous readers
        stopwatch.Stop();
        lock (gate) return new CommandResult(command, workingDirectory, process.ExitCode, output.ToString(), stopwatch.Elapsed);
    }
}
