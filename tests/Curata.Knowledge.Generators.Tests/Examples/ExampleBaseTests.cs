using System.IO;
using System.Linq;
using System.Reflection;
using Curata.Knowledge.Generators.Tests.Support;

namespace Curata.Knowledge.Generators.Tests.Examples;

/// <summary>
/// What every example knowledge base must show: it raises no warning or error and its code compiles without warnings, and
/// every value of every fact reads back through the compiled API as the JSON wrote it.
/// </summary>
public abstract class ExampleBaseTests
{
    private readonly string _folder;
    private readonly KnowledgeGraph _graph;
    private readonly Assembly _generated;

    protected ExampleBaseTests(string folder, KnowledgeGraph graph, Assembly generated)
    {
        _folder = Path.Combine(RepositoryPaths.Knowledge, folder);
        _graph = graph;
        _generated = generated;
    }

    /// <summary>The folder of the knowledge base, for tests that read its JSON themselves.</summary>
    protected string Folder => _folder;

    [Fact]
    public void It_raises_no_diagnostic_and_its_code_compiles_without_warnings()
    {
        var run = KnowledgeHarness.RunFolder(_folder);
        Assert.Empty(run.KnowledgeDiagnostics.Where(d => d.Severity > Microsoft.CodeAnalysis.DiagnosticSeverity.Info).Select(d => d.ToString()));
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_value_of_every_fact_reads_back_as_written() => AssertReadBack(ReadBack.AssertEveryValue(_folder, _graph, _generated));

    /// <summary>What the base's own read-back must have covered (every value compared is named "kind 'id'.property").</summary>
    protected abstract void AssertReadBack(System.Collections.Generic.List<string> compared);
}
