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

/// <summary>Every end-to-end test shares one pack and runs one at a time: each one builds real projects.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Curata.Knowledge package";
}
