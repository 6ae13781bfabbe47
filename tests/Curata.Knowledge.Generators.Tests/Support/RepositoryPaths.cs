using System;
using System.IO;

namespace Curata.Knowledge.Generators.Tests.Support;

/// <summary>Folders of this repository, found by walking up from the test binaries to Knowledge.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static string Schema => Path.Combine(Knowledge, "schema", "knowledge.schema.json");

    public static string TestProject => Path.Combine(Root, "tests", "Curata.Knowledge.Generators.Tests");

    public static string Fixtures => Path.Combine(TestProject, "Fixtures");

    public static string Baselines => Path.Combine(TestProject, "Baselines");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Knowledge.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Knowledge.sln not found above " + AppContext.BaseDirectory);
    }
}
