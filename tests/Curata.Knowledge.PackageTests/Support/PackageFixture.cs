using System;
using System.IO;
using System.Threading;

namespace Curata.Knowledge.PackageTests.Support;

/// <summary>
/// Packs Curata.Knowledge once per test run, with a version no earlier run used (0.1.0-e2e.…), into a folder feed inside a fresh
/// temporary folder. Consumer projects are created below that folder, which also holds:
/// a nuget.config that adds the feed and keeps the default source (no &lt;clear/&gt;), and a Directory.Build.props that
/// sends every restore to a private packages folder (RestorePackagesPath), so the user's global packages folder is neither
/// read for this package nor written. The whole folder is deleted at the end.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageId = "Curata.Knowledge";

    /// <summary>The command-line tool's package id.</summary>
    public const string ToolPackageId = "Curata.Knowledge.Tool";

    private readonly Lazy<InstalledTool> _tool;

    private int _folders;

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "curata-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);
        // Seconds since 2020 and the process id: unique per run, and numeric identifiers without leading zeros (SemVer 2).
        Version = $"0.1.0-e2e.{DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 1577836800}.{Environment.ProcessId}";

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="curata-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // Stops MSBuild from walking further up for Directory.Build.* files, and keeps restores away from the global folder.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <RestorePackagesPath>{Packages}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");

        // The build's own bin/ and obj/ go to the temporary folder too (--artifacts-path): packing never touches the tree's
        // outputs, so it cannot race a build of the solution that runs beside these tests.
        Pack = DotNet.Run(RepositoryRoot.Path, "pack", RepositoryRoot.PackageProject, "-c", "Release", "-o", Feed,
            "--artifacts-path", Path.Combine(Root, "artifacts"), $"-p:Version={Version}", "-tl:off", "-nologo");
        PackagePath = Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");
        _tool = new Lazy<InstalledTool>(PackAndInstallTool);
        if (!Pack.Succeeded || !File.Exists(PackagePath))
        {
            Dispose(); // xunit does not dispose a fixture whose constructor threw
            throw new InvalidOperationException($"dotnet pack did not write {PackagePath}:\n{Pack}");
        }
    }

    /// <summary>The temporary folder holding the feed, the private packages folder and every consumer project.</summary>
    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    /// <summary>The version this run packed.</summary>
    public string Version { get; }

    public string PackagePath { get; }

    public CommandResult Pack { get; }

    /// <summary>
    /// The command-line tool, packed at <see cref="Version"/> into the same feed and installed from it with
    /// <c>dotnet tool install --tool-path</c> on first use: only the tests that need it pay for it, once per run.
    /// </summary>
    public InstalledTool Tool => _tool.Value;

    private InstalledTool PackAndInstallTool()
    {
        var pack = DotNet.Run(RepositoryRoot.Path, "pack", RepositoryRoot.ToolProject, "-c", "Release", "-o", Feed,
            "--artifacts-path", Path.Combine(Root, "artifacts"), $"-p:Version={Version}", "-tl:off", "-nologo");
        var package = Path.Combine(Feed, $"{ToolPackageId}.{Version}.nupkg");
        if (!pack.Succeeded || !File.Exists(package)) throw new InvalidOperationException($"dotnet pack did not write {package}:\n{pack}");
        var toolPath = Path.Combine(Root, "tools");
        var install = DotNet.Run(Root, "tool", "install", "--tool-path", toolPath, "--add-source", Feed, ToolPackageId, "--version", Version);
        if (!install.Succeeded) throw new InvalidOperationException($"dotnet tool install failed:\n{install}");
        return new InstalledTool(Path.Combine(toolPath, OperatingSystem.IsWindows() ? "curata-knowledge.exe" : "curata-knowledge"), package, install);
    }

    /// <summary>A new, empty folder for one scenario's projects.</summary>
    public string NewScenarioFolder(string name)
    {
        var folder = Path.Combine(Root, $"{Interlocked.Increment(ref _folders):00}-{name}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CURATA_E2E_KEEP") == "1") return;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 4) { Thread.Sleep(500); }
            catch (UnauthorizedAccessException) when (attempt < 4) { Thread.Sleep(500); }
        }
    }
}

/// <summary>The tool as <c>dotnet tool install</c> left it: its command, and the package it came from.</summary>
public sealed record InstalledTool(string Command, string PackagePath, CommandResult Install)
{
    /// <summary>Runs <c>curata-knowledge ARGS</c> in <paramref name="workingDirectory"/>, output and error together.</summary>
    public CommandResult Run(string workingDirectory, params string[] arguments) => DotNet.RunProgram(Command, workingDirectory, arguments);
}

/// <summary>Every end-to-end test shares one pack and runs one at a time: each one builds real projects.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Curata.Knowledge package";
}
