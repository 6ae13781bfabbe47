using System;
using System.IO;

namespace Curata.Knowledge.Generators.Tests.Support;

/// <summary>
/// Committed expected outputs (Baselines/{test}/{hint name}.txt), compared byte for byte. Set the environment variable
/// UPDATE_BASELINES=1 and run the tests once to rewrite them after an intended change; review the diff before committing.
/// </summary>
internal static class Baselines
{
    private const string VersionPlaceholder = "{GeneratorVersion}";

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1";

    public static void Verify(string testName, string hintName, string actual)
    {
        var normalized = actual.Replace(GeneratorVersion, VersionPlaceholder, StringComparison.Ordinal);
        var path = Path.Combine(RepositoryPaths.Baselines, testName, hintName + ".txt");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized);
            return;
        }
        Assert.True(File.Exists(path), $"No baseline at {path}; run the tests with UPDATE_BASELINES=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, normalized);
    }

    private static string GeneratorVersion => typeof(KnowledgeGenerator).Assembly.GetName().Version!.ToString();
}
