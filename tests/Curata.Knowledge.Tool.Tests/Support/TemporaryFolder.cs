using System;
using System.IO;

namespace Curata.Knowledge.Tool.Tests.Support;

/// <summary>A fresh folder for one test, deleted with everything in it afterwards.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("curata-tool-").FullName;

    /// <summary>Writes <paramref name="text"/> to a file below the folder, creating its folders; returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>The repository, found by walking up from the test binaries to Knowledge.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Knowledge.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Knowledge.sln not found above " + AppContext.BaseDirectory);
    }
}
