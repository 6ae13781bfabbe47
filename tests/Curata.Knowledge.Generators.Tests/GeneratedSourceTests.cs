using System.IO;
using System.Linq;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>The generated source for a small fixture matches the committed baselines, compiles cleanly, and is cached on re-run.</summary>
public class GeneratedSourceTests
{
    private static KnowledgeRun RunSmall() =>
        KnowledgeHarness.Run(Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small"))
            .Select(p => ("/project/knowledge/" + Path.GetFileName(p), File.ReadAllText(p))));

    [Fact]
    public void Small_fixture_matches_baselines_and_reruns_cached()
    {
        var run = RunSmall();

        Assert.Empty(run.KnowledgeDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        Assert.Empty(run.FullyAnalysedDiagnostics.Select(d => d.ToString()));
        Assert.Equal(
            ["ActorKinds.g.cs", "Actors.g.cs", "EventProperties.g.cs", "EventTypes.g.cs", "Events.g.cs", "FactTable.g.cs", "KnowledgeBase.g.cs",
             "ParticipantRoles.g.cs", "PlaceKinds.g.cs", "Places.g.cs", "Predicates.g.cs", "Relations.g.cs", "RoleKinds.g.cs", "SourceKinds.g.cs",
             "Sources.g.cs", "Statements.g.cs", "Vessels.g.cs"],
            run.Sources.Keys.Order(System.StringComparer.Ordinal));
        foreach (var (hintName, source) in run.Sources) Baselines.Verify("Small", hintName, source);
        Incrementality.AssertUnrelatedEditIsCached(run);
    }

    [Fact]
    public void Declared_properties_compile_as_extension_methods_for_a_CSharp_12_compiler()
    {
        // What a consumer on the .NET 8 SDK writes: extension methods, since extension properties need C# 14.
        const string userCode = """
            using System.Linq;
            using UserProject;
            namespace UserCode
            {
                public static class Program
                {
                    public static decimal Damage() => UserProject.Events.All.Sum(e => e.Damage() ?? 0m);
                    public static string Hull() => UserProject.Vessels.SeaLark.Hull switch { UserProject.VesselHull.Steel => "steel", _ => "other" };
                    public static bool InTown() => UserProject.Events.RaidOnPort.IsIn(UserProject.Places.PortTown);
                }
            }
            """;
        var run = KnowledgeHarness.Run(Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small")).Select(p => (p, File.ReadAllText(p))),
            userCode: userCode, language: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12);

        Assert.Empty(run.KnowledgeDiagnostics);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
        Assert.Empty(run.FullyAnalysedDiagnostics.Select(d => d.ToString()));
        Assert.Contains("public static decimal? Damage(this global::Curata.Knowledge.Event fact)", run.Sources["EventProperties.g.cs"]);
        var program = run.Load().GetType("UserCode.Program")!;
        Assert.Equal(2.5m, program.GetMethod("Damage")!.Invoke(null, null));
        Assert.Equal("steel", program.GetMethod("Hull")!.Invoke(null, null));
        Assert.Equal(true, program.GetMethod("InTown")!.Invoke(null, null));
    }

    [Fact]
    public void Internal_visibility_and_custom_namespace_are_applied()
    {
        var run = KnowledgeHarness.Run(Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small")).Select(p => (p, File.ReadAllText(p))),
            new System.Collections.Generic.Dictionary<string, string> { ["KnowledgeNamespace"] = "My.Facts", ["KnowledgeVisibility"] = "internal" });

        Assert.Empty(run.CompileDiagnostics);
        Assert.Contains("namespace My.Facts", run.Sources["Actors.g.cs"]);
        Assert.Contains("internal static partial class Actors", run.Sources["Actors.g.cs"]);
        Assert.DoesNotContain("public static partial class", string.Concat(run.Sources.Values));
    }

    [Fact]
    public void Beyond_the_limit_no_class_gets_a_member_per_fact_but_all_facts_stay_in_the_table()
    {
        var location = new Model.LocationInfo("/k/a.json", 0, 1, lines: null);
        Model.ActorSpec Actor(int i) => new(new Model.IdRef($"actor-{i}", location), new Model.IdRef("person", location), $"Actor {i}", Model.EquatableArray<string>.Empty,
            null, null, Model.EquatableArray<Model.RoleSpec>.Empty, Model.EquatableArray<Model.CitationSpec>.Empty);
        var many = Emit.KnowledgeEmitter.TypedMemberBudget + 1;
        var spec = new Model.KnowledgeBaseSpec(Model.EquatableArray<Model.SourceSpec>.Empty,
            Enumerable.Range(0, many).Select(Actor).OrderBy(a => a.Id.Id, System.StringComparer.Ordinal).ToEquatableArray(),
            Model.EquatableArray<Model.StatementSpec>.Empty, Model.EquatableArray<Model.EventSpec>.Empty, Model.EquatableArray<Model.RelationSpec>.Empty,
            Model.EquatableArray<Model.EventTypeSpec>.Empty, Model.EquatableArray<Model.ParticipantRoleSpec>.Empty, Model.EquatableArray<Model.PredicateSpec>.Empty,
            // The actors' kind is a term of the vocabulary, as the checks guarantee (the table stores a term by its position).
            new[] { new Model.TermSpec("actorKinds", new Model.IdRef("person", location), "Person", null, null) }.ToEquatableArray(),
            Model.EquatableArray<Model.KindSpec>.Empty, Model.EquatableArray<Model.PropertySpec>.Empty,
            Model.EquatableArray<Model.IdentifierSchemeSpec>.Empty, Model.EquatableArray<Model.DeclaredFactSpec>.Empty,
            Model.EquatableArray<string>.Empty, Model.EquatableArray<Diagnostics.DiagnosticInfo>.Empty);
        var options = Options.GeneratorOptions.Read(new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string>()).GlobalOptions);

        var sources = Emit.KnowledgeEmitter.Emit(spec, options, false, Model.EquatableArray<string>.Empty, default).ToDictionary(s => s.HintName, s => s.Source);

        Assert.DoesNotContain("public static global::Curata.Knowledge.Actor Actor0 ", sources["Actors.g.cs"]);
        Assert.Contains("public static global::Curata.Knowledge.Actor Get(string id)", sources["Actors.g.cs"]);
        Assert.Contains($"{many:N0} actors", sources["KnowledgeBase.g.cs"]);

        // An actor the code names gets its member all the same, at its place in the table.
        var named = Emit.KnowledgeEmitter.Emit(spec, options, false, new[] { "Actors.Actor7" }.ToEquatableArray(), default).Single(s => s.HintName == "Actors.g.cs").Source;
        var position = spec.Actors.ToList().FindIndex(a => a.Id.Id == "actor-7");
        Assert.Contains($"public static global::Curata.Knowledge.Actor Actor7 => At_({position});", named);
        Assert.DoesNotContain("Actor8 =>", named);
    }
}
