using System;
using System.IO;

namespace Curata.Knowledge.PackageTests.Support;

/// <summary>The repository, found by walking up from the test binaries to Knowledge.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The project that is packed as Curata.Knowledge.</summary>
    public static string PackageProject => System.IO.Path.Combine(Path, "src", "Curata.Knowledge", "Curata.Knowledge.csproj");

    /// <summary>The project that is packed as the .NET tool Curata.Knowledge.Tool (command curata-knowledge).</summary>
    public static string ToolProject => System.IO.Path.Combine(Path, "src", "Curata.Knowledge.Tool", "Curata.Knowledge.Tool.csproj");

    /// <summary>Files the consumer projects are made of (a small knowledge base).</summary>
    public static string ConsumerAssets => System.IO.Path.Combine(Path, "tests", "Curata.Knowledge.PackageTests", "Consumer");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Knowledge.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Knowledge.sln not found above " + AppContext.BaseDirectory);
    }
}
