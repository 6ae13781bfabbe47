namespace Curata.Knowledge.PackageTests.Support;

/// <summary>C# that consumer projects are made of, over the small knowledge base in Consumer/knowledge/.</summary>
internal static class ConsumerCode
{
    /// <summary>A program querying the generated API of its own project (namespace <c>App</c>).</summary>
    public const string QueryProgram = """
        using System;
        using System.Linq;
        using App;

        Console.WriteLine($"actors: {string.Join(", ", Actors.All.Select(a => a.Id))}");
        Console.WriteLine($"mayor: {Actors.MayorLind.Name}");
        foreach (var statement in Actors.MayorLind.Statements)
            Console.WriteLine($"said ({(statement.IsQuotation ? "quoted" : "paraphrased")}, {statement.Date}): {statement.Text.Replace("\n", " / ")}");
        Console.WriteLine($"event: {Events.RaidOnPort.Name} ({Events.RaidOnPort.Type.Name}) on {Events.RaidOnPort.Date}: {string.Join("; ", Events.RaidOnPort.Participants)}");
        Console.WriteLine($"talks caused by: {string.Join(", ", Events.Talks.Causes.Select(e => e.Name))}");
        Console.WriteLine($"relation: {Relations.NorthlandOpposesMilitia}");
        Console.WriteLine($"lookup: {Actors.Get("harbour-militia").Name}");
        """;

    /// <summary>What <see cref="QueryProgram"/> prints.</summary>
    public static readonly string[] QueryProgramOutput =
    {
        "actors: harbour-militia, mayor-lind, northland",
        "mayor: Mayor \"Ana\" Lind",
        "said (quoted, 2024-02): Stay calm. / We are safe \\ for now.",
        "event: Raid on the port (Airstrike) on 2024-02-10: Northland as perpetrator; Harbour Militia as target",
        "talks caused by: Raid on the port",
        "relation: Northland opposes Harbour Militia",
        "lookup: Harbour Militia",
    };
}
