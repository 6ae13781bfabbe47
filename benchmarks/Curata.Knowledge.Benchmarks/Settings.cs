using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// What every benchmark process agrees on. BenchmarkDotNet runs each case in a child process that inherits the environment, so
/// the settings travel as environment variables; <c>Program</c> turns its own options (<c>--n</c>, <c>--files</c>) into them.
/// </summary>
public static class Settings
{
    public const string SizesVariable = "KNOWLEDGE_BENCH_N";
    public const string FilesVariable = "KNOWLEDGE_BENCH_FILES";
    public const string TimeoutVariable = "KNOWLEDGE_BENCH_TIMEOUT";
    public const string MemoryVariable = "KNOWLEDGE_BENCH_MEMORY_GB";
    public const string CacheVariable = "KNOWLEDGE_BENCH_CACHE";
    public const string TypedMembersVariable = "KNOWLEDGE_BENCH_TYPED_MEMBERS";
    public const string CscEnvironmentVariable = "KNOWLEDGE_BENCH_CSC_ENVIRONMENT";
    public const string CompilerServerVariable = "KNOWLEDGE_BENCH_COMPILER_SERVER";
    public const string GeneratorILVariable = "KNOWLEDGE_BENCH_GENERATOR_IL";

    /// <summary>The sizes of issue 6, in facts.</summary>
    public static readonly int[] DefaultSizes = { 1_000, 10_000, 100_000, 1_000_000 };

    /// <summary>The seed of every synthetic base: all benchmarks see the same bytes.</summary>
    public const int Seed = 6;

    /// <summary>Sizes to run (<c>--n 1000,10000</c> or KNOWLEDGE_BENCH_N), by default all of <see cref="DefaultSizes"/>.</summary>
    public static IReadOnlyList<int> Sizes
    {
        get
        {
            var text = Environment.GetEnvironmentVariable(SizesVariable);
            if (string.IsNullOrWhiteSpace(text)) return DefaultSizes;
            return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture)).ToArray();
        }
    }

    /// <summary>The consumer's <c>KnowledgeTypedMembers</c> (<c>--typed-members all</c>), or null for the package's default.</summary>
    public static string? TypedMembers => Environment.GetEnvironmentVariable(TypedMembersVariable) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// The consumer's <c>CscEnvironment</c> (<c>--csc-environment DOTNET_TieredPGO=0</c>): environment variables for its
    /// compiler process only, or null for none.
    /// </summary>
    public static string? CscEnvironment => Environment.GetEnvironmentVariable(CscEnvironmentVariable) is { Length: > 0 } value ? value : null;

    /// <summary>
    /// Whether the consumer is built through the compiler server (<c>--compiler-server</c>: <c>UseSharedCompilation=true</c>),
    /// which keeps each project's generator driver between builds, as <c>dotnet build</c> does by default; else by a compiler
    /// process of its own per build, as on these machines.
    /// </summary>
    public static bool CompilerServer => Environment.GetEnvironmentVariable(CompilerServerVariable) == "1";

    /// <summary>
    /// Whether the consumer's compiler gets the generator's IL build (<c>--generator-il</c>), as on a platform the package
    /// has no ReadyToRun image for; else the image for this platform, when the build made one, as the package would.
    /// </summary>
    public static bool GeneratorIL => Environment.GetEnvironmentVariable(GeneratorILVariable) == "1";

    /// <summary>How many files the knowledge base is split over (KNOWLEDGE_BENCH_FILES, default 16: 1 vocabulary + 15 fact files).</summary>
    public static int Files => Int(FilesVariable, 16);

    /// <summary>The most any one guarded step (a generator run to set up, a compile) may take before the case is skipped.</summary>
    public static TimeSpan Timeout => TimeSpan.FromSeconds(Int(TimeoutVariable, 600));

    /// <summary>The most memory (working set) a benchmark process may use in a guarded step before the case is skipped.</summary>
    public static long MemoryBudgetBytes => (long)Int(MemoryVariable, 12) * 1024 * 1024 * 1024;

    /// <summary>Where compiled knowledge bases and skip decisions are kept between benchmark processes.</summary>
    public static string CacheFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable(CacheVariable);
            if (string.IsNullOrWhiteSpace(folder)) folder = Path.Combine(Path.GetTempPath(), "curata-knowledge-bench");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static int Int(string variable, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
