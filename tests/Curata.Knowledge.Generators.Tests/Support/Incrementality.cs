using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Curata.Knowledge.Generators.Tests.Support;

/// <summary>Assertions about the generator's tracked steps.</summary>
internal static class Incrementality
{
    public static readonly string[] TrackedSteps =
    [
        TrackingNames.KnowledgeFiles, TrackingNames.ReadAhead, TrackingNames.ReadFile, TrackingNames.ReadSourceText, TrackingNames.CollectFiles, TrackingNames.CheckKnowledgeBase,
        TrackingNames.ReadOptions, TrackingNames.ClassesTypedByName, TrackingNames.NamedInCode, TrackingNames.ReadTarget, TrackingNames.HasKnowledge, TrackingNames.Combine,
        TrackingNames.CombineNamed, TrackingNames.PlanApiFile,
    ];

    /// <summary>The reasons each output of a named step was produced in the last run.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray()
            : []; // a per-item step over no items (no source texts) records nothing

    /// <summary>Runs again after an edit to C# code that has nothing to do with knowledge, and asserts nothing was recomputed.</summary>
    public static void AssertUnrelatedEditIsCached(KnowledgeRun run)
    {
        var edited = run.Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace UserCode { class Unrelated { } }", new CSharpParseOptions(LanguageVersion.Latest)));
        var driver = run.Driver.RunGenerators(edited);
        foreach (var step in TrackedSteps)
        {
            var reasons = Reasons(driver, step);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step {step} was {reason} after an unrelated edit."));
        }
        AssertNoCompilerObjects(driver);
    }

    /// <summary>Fails if any tracked step's output holds (anywhere in its object graph) a Compilation, symbol, syntax node or Location.</summary>
    public static void AssertNoCompilerObjects(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        // Only our named steps: Roslyn's own input nodes (such as "Compilation") legitimately hold compiler objects.
        foreach (var (step, runs) in result.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)))
        {
            foreach (var output in runs.SelectMany(r => r.Outputs))
            {
                var offending = FindCompilerObject(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance));
                Assert.True(offending == null, $"Step {step} holds a {offending}; models must be plain values.");
            }
        }
    }

    private static bool IsDefaultImmutableArray(object value) =>
        value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
        && (bool)value.GetType().GetProperty("IsDefault")!.GetValue(value)!;

    private static string? FindCompilerObject(object? value, HashSet<object> seen)
    {
        if (value == null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return null;
        if (value is Compilation or ISymbol or SyntaxNode or Location or SyntaxTree) return value.GetType().Name;
        if (!value.GetType().IsValueType && !seen.Add(value)) return null;
        if (value is IEnumerable sequence && !IsDefaultImmutableArray(value))
        {
            foreach (var item in sequence)
            {
                var found = FindCompilerObject(item, seen);
                if (found != null) return found;
            }
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            var found = FindCompilerObject(field.GetValue(value), seen);
            if (found != null) return found;
        }
        return null;
    }
}
