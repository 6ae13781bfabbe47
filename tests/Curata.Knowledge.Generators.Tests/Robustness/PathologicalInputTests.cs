using System;
using System.Linq;
using System.Text;
using Curata.Knowledge.Generators.Tests.Robustness.Support;

namespace Curata.Knowledge.Generators.Tests.Robustness;

/// <summary>
/// Inputs that made a check quadratic: each must finish within a bound far above what a linear check needs (a hang guard,
/// not a timing), and still report what is wrong.
/// </summary>
public class PathologicalInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_thousand_quotations_of_a_long_source_text_are_checked_once_each()
    {
        // 3 MB of text in 30,000 paragraphs; 1,000 quotations cite it, one of them with words that are not there.
        var text = new StringBuilder();
        for (var i = 1; i <= 30_000; i++) text.Append("Paragraph ").Append(i).Append(" says that the harbour stayed calm on day ").Append(i).Append(" of the long and slow siege of the port.\n");
        var statements = string.Join(",\n", Enumerable.Range(1, 1_000).Select(i =>
            $$"""{ "id": "q{{i}}", "speaker": "mayor", "mode": "quotation", "text": "{{(i == 500 ? "the harbour burned" : $"stayed calm on day {i * 7}")}}", "sources": [ { "source": "log"{{(i % 2 == 0 ? $", \"paragraph\": {i * 7}" : "")}} } ] }"""));
        var facts = $$"""
            {
              "sources": [ { "id": "log", "kind": "report", "title": "Harbour log", "textFile": "log.txt" } ],
              "actors": [ { "id": "mayor", "kind": "person", "name": "Mayor", "sources": [ { "source": "log" } ] } ],
              "statements": [ {{statements}} ]
            }
            """;

        var run = RobustHarness.RunWithin(Bound, "1,000 quotations of 3 MB",
            () => [RobustHarness.Text("/k/facts.json", facts), RobustHarness.Text("/k/log.txt", text.ToString())]);

        Assert.Equal(["KB0503"], run.Problems.Select(d => d.Id));
        Assert.Contains("'q500'", run.Problems.Single().GetMessage());
    }
}
