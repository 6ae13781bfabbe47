using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
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

    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunProgram(Executable, "dotnet", workingDirectory, timeout, arguments);

    /// <summary>
    /// Runs another program (an installed .NET tool) the same way, with <c>DOTNET_ROOT</c> naming this dotnet's folder so a
    /// tool's launcher finds the runtime wherever the SDK is installed.
    /// </summary>
    public static CommandResult RunProgram(string executable, string workingDirectory, params string[] arguments)
    {
        var dotnetRoot = Path.GetDirectoryName(Path.GetFullPath(ResolveOnPath(Executable)))!;
        return RunProgram(executable, Path.GetFileName(executable), workingDirectory, DefaultTimeout, arguments, ("DOTNET_ROOT", dotnetRoot));
    }

    // The file a bare program name starts, following symbolic links (/usr/bin/dotnet is a link into the SDK's folder).
    private static string ResolveOnPath(string program)
    {
        if (Path.IsPathRooted(program)) return new FileInfo(program).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? program;
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate)) return ResolveOnPath(candidate);
        }
        return program;
    }

    private static CommandResult RunProgram(string executable, string displayName, string workingDirectory, TimeSpan timeout, string[] arguments,
        params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(executable)
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
        foreach (var (name, value) in environment) start.Environment[name] = value;

        var output = new StringBuilder();
        var gate = new object();
        void Append(string? line)
        {
            if (line == null) return;
            lock (gate) output.Append(line).Append('\n');
        }

        var command = displayName + " " + string.Join(" ", arguments.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));
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
