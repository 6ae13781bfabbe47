using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// A case that cannot run at this size with the current emitted code (it would not compile, or would take too long or too much
/// memory). Thrown from a global setup: BenchmarkDotNet then reports the case as failed (NA in the table) and goes on with the
/// next one, and the reason is printed in the log and in the list of skipped cases at the end.
/// </summary>
public sealed class CaseSkippedException(string reason) : Exception("SKIPPED: " + reason);

/// <summary>Runs expensive setup steps with a time limit and a memory budget, so no benchmark ever hangs or exhausts the machine.</summary>
public static class Guard
{
    /// <summary>
    /// Runs <paramref name="work"/> with a token that is cancelled after <see cref="Settings.Timeout"/> or when the process's working
    /// set exceeds <see cref="Settings.MemoryBudgetBytes"/>; cancellation becomes a <see cref="CaseSkippedException"/>.
    /// </summary>
    public static T Run<T>(string what, Func<CancellationToken, T> work)
    {
        var timeout = Settings.Timeout;
        var budget = Settings.MemoryBudgetBytes;
        using var cancellation = new CancellationTokenSource(timeout);
        string? overBudget = null;
        using var watch = new Timer(_ =>
        {
            var workingSet = Environment.WorkingSet;
            if (workingSet <= budget || overBudget != null) return;
            overBudget = $"the working set reached {Gigabytes(workingSet)}, over the budget of {Gigabytes(budget)} ({Settings.MemoryVariable})";
            cancellation.Cancel();
        }, null, 200, 200);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            return work(cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw new CaseSkippedException($"{what}: stopped after {stopwatch.Elapsed.TotalSeconds:F0} s, "
                + (overBudget ?? $"over the time limit of {timeout.TotalSeconds:F0} s ({Settings.TimeoutVariable})"));
        }
        catch (OutOfMemoryException)
        {
            throw new CaseSkippedException($"{what}: out of memory after {stopwatch.Elapsed.TotalSeconds:F0} s");
        }
    }

    /// <summary>Prints a skipped case where BenchmarkDotNet's log shows it, and remembers it for the summary at the end.</summary>
    public static void Report(CaseSkippedException skipped, string benchmarkCase)
    {
        var line = $"{benchmarkCase}: {skipped.Message}";
        Console.WriteLine("// " + line);
        try
        {
            File.AppendAllText(SkipLog, line + Environment.NewLine);
        }
        catch (IOException)
        {
            // The log is a convenience; the message above is in BenchmarkDotNet's output already.
        }
    }

    /// <summary>Where this run's skipped cases are listed (under <see cref="Settings.CacheFolder"/>).</summary>
    public static string SkipLog => Path.Combine(Settings.CacheFolder, "skipped.log");

    public static string Gigabytes(long bytes) => (bytes / (1024.0 * 1024 * 1024)).ToString("F1", CultureInfo.InvariantCulture) + " GB";

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}
