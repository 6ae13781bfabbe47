using System.Collections.Generic;
using System.IO;
using System.Linq;
using Curata.Knowledge.Generators.Emit;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Options;
using Curata.Knowledge.Generators.Tests.Support;
using Curata.Knowledge.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Curata.Knowledge.Generators.Tests;

// Where a class is not typed in full, the facts the project's code names get their typed members, and only those.
public class TypedMemberPolicyTests
{
    private static IEnumerable<(string Path, string Text)> Small() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small")).Select(p => (p, File.ReadAllText(p)));

    private static readonly Dictionary<string, string> NamedOnly = new() { ["KnowledgeTypedMembers"] = "named" };

    private const string NamingCode = """
        namespace UserCode
        {
            public static class Program
            {
                public static object[] Used() => new object[]
                {
                    UserProject.Statements.LindCalm,
                    global::UserProject.Actors.MayorLind,
                    nameof(UserProject.Sources.Gazette),
                };
            }
        }
        """;

    [Fact]
    public void With_named_only_the_facts_the_code_names_get_members_and_the_project_compiles()
    {
        var run = KnowledgeHarness.Run(Small(), NamedOnly, NamingCode);

        Assert.Empty(run.CompileDiagnostics);
        Assert.Contains("public static global::Curata.Knowledge.Statement LindCalm => At_(", run.Sources["Statements.g.cs"]);
        Assert.Contains("public static global::Curata.Knowledge.Actor MayorLind => At_(", run.Sources["Actors.g.cs"]);
        Assert.Contains("public static global::Curata.Knowledge.Source Gazette => At_(", run.Sources["Sources.g.cs"]);
        Assert.DoesNotContain("HarbourMilitia =>", run.Sources["Actors.g.cs"]);
        Assert.DoesNotContain(" => At_(", run.Sources["Events.g.cs"]);
        Assert.DoesNotContain(" => At_(", run.Sources["Vessels.g.cs"]);
        // Every fact is still there, and the vocabulary keeps a member per term.
        Assert.Contains("public static global::Curata.Knowledge.Actor Get(string id)", run.Sources["Actors.g.cs"]);
        Assert.Equal(KnowledgeHarness.Run(Small()).Sources["EventTypes.g.cs"], run.Sources["EventTypes.g.cs"]);
    }

    [Fact]
    public void A_CSharp_edit_reruns_the_output_only_when_it_names_another_fact()
    {
        var first = KnowledgeHarness.Run(Small(), NamedOnly, NamingCode);
        var parse = new CSharpParseOptions(LanguageVersion.Latest);

        var unrelated = first.Driver.RunGenerators(first.Output.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace UserCode { static class Other { static void M() => System.Console.WriteLine(System.Math.PI); } }", parse)));

        Assert.All(Incrementality.Reasons(unrelated, TrackingNames.NamedInCode), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Incrementality.Reasons(unrelated, TrackingNames.CombineNamed), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        var naming = first.Driver.RunGenerators(first.Output.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace UserCode { static class Other { static object M() => UserProject.Actors.HarbourMilitia; } }", parse)));

        Assert.Equal([IncrementalStepRunReason.Modified], Incrementality.Reasons(naming, TrackingNames.NamedInCode));
        var actors = naming.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Actors.g.cs").SourceText.ToString();
        Assert.Contains("HarbourMilitia => At_(", actors);
        Assert.Contains("MayorLind => At_(", actors);
        // What the code names changes the API, never the fact table: its input stayed cached, so it was not written again.
        Assert.All(Incrementality.Reasons(naming, TrackingNames.Combine), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void A_base_typed_in_full_ignores_what_the_code_names()
    {
        var run = KnowledgeHarness.Run(Small(), userCode: NamingCode);

        Assert.Equal([], TypedMemberPolicy.ClassesTypedByName(Checked(run), TypedMembers.Auto));
        Assert.Equal([IncrementalStepRunReason.New], Incrementality.Reasons(run.Driver, TrackingNames.NamedInCode));
        Assert.Contains("HarbourMilitia => At_(", run.Sources["Actors.g.cs"]);
        Assert.Equal(["Sources", "Actors", "Statements", "Events", "Relations", "Places", "Vessels"],
            TypedMemberPolicy.ClassesTypedByName(Checked(run), TypedMembers.Named));
        Assert.Equal(["Statements", "Events", "Relations"], TypedMemberPolicy.ClassesTypedByName(Checked(run), TypedMembers.Actors));
    }

    // `auto` types whole classes within a budget of members: the classes people name first (sources, actors), then statements,
    // events and relations, each while it fits in what is left. Synthetic bases are 10% actors, 60% statements, 30% events,
    // 5% relations and 2.5% sources.
    [Theory]
    [InlineData(2_000, new[] { "Events" })]                            // 50 + 200 + 1,200 + 100 of 2,000; 600 events do not fit
    [InlineData(8_000, new[] { "Statements", "Events" })]              // 200 + 800 + 400 relations
    [InlineData(20_000, new[] { "Actors", "Statements", "Events" })]   // 500 sources + 1,000 relations; 2,000 actors do not fit
    public void Auto_types_whole_classes_while_they_fit_in_the_budget_and_the_rest_by_name(int facts, string[] byName)
    {
        var run = KnowledgeHarness.Run(SyntheticKnowledge.Create(facts, 4, seed: 3));
        var spec = Checked(run);

        Assert.Equal(byName, TypedMemberPolicy.ClassesTypedByName(spec, TypedMembers.Auto));
        var counts = new Dictionary<string, int>
        {
            ["Sources"] = spec.Sources.Count, ["Actors"] = spec.Actors.Count, ["Statements"] = spec.Statements.Count,
            ["Events"] = spec.Events.Count, ["Relations"] = spec.Relations.Count,
        };
        var typedInFull = counts.Where(c => !byName.Contains(c.Key)).Sum(c => c.Value);
        Assert.InRange(typedInFull, 1, KnowledgeEmitter.TypedMemberBudget);
        foreach (var className in byName) Assert.DoesNotContain(" => At_(", run.Sources[className + ".g.cs"]);
        Assert.Contains(" => At_(", run.Sources["Sources.g.cs"]);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Names_of_other_classes_and_repeats_are_dropped_and_the_rest_sorted()
    {
        var kept = NamedMembers.Keep(["Console.WriteLine", "Statements.B", "Actors.A", "Statements.B", "Statements.A"], new[] { "Statements" }.ToEquatableArray());

        Assert.Equal(["Statements.A", "Statements.B"], kept);
    }

    private static Model.KnowledgeBaseSpec Checked(KnowledgeRun run) =>
        (Model.KnowledgeBaseSpec)run.Driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.CheckKnowledgeBase].Single().Outputs.Single().Value;
}
