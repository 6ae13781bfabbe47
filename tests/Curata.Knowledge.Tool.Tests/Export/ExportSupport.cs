using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Curata.Knowledge.Tool.Export;
using Curata.Knowledge.Tool.Input;
using DuckDB.NET.Data;

namespace Curata.Knowledge.Tool.Tests.Export;

/// <summary>The repository's example knowledge folders, found from the test's output folder.</summary>
internal static class ExampleFolders
{
    public static readonly string Repository = FindRepository();

    public static string Seed => Path.Combine(Repository, "knowledge", "seed");

    public static string ConflictEvents => Path.Combine(Repository, "knowledge", "conflict-events");

    public static string Apollo13 => Path.Combine(Repository, "knowledge", "apollo-13");

    private static string FindRepository()
    {
        for (var folder = AppContext.BaseDirectory; folder != null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, "Knowledge.sln"))) return folder;
        }
        throw new InvalidOperationException("No Knowledge.sln above " + AppContext.BaseDirectory);
    }
}

/// <summary>Exports a knowledge folder, checked as the tool checks it, into a temporary folder once per format.</summary>
public sealed class ExportedBases : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("curata-export-").FullName;
    private readonly Dictionary<(string, ExportFormat), string> _done = new();
    private readonly object _lock = new();

    /// <summary>The path the export of <paramref name="folder"/> in <paramref name="format"/> was written to.</summary>
    internal string Export(string folder, ExportFormat format)
    {
        lock (_lock)
        {
            if (_done.TryGetValue((folder, format), out var done)) return done;
            var knowledge = KnowledgeFolder.Load(folder);
            Assert.Equal(0, knowledge.ErrorCount);
            var output = Path.Combine(_root, Path.GetFileName(folder) + "." + format.ToString().ToLowerInvariant());
            KnowledgeExporter.Write(knowledge.Spec, format, output, new ExportOptions());
            _done[(folder, format)] = output;
            return output;
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

/// <summary>SQL over a Parquet export with DuckDB embedded: each table is a view named as the table, over <c>read_parquet</c>.</summary>
internal sealed class ParquetDatabase : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public ParquetDatabase(string folder)
    {
        _connection.Open();
        foreach (var file in Directory.GetFiles(folder, "*.parquet"))
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"CREATE VIEW {Path.GetFileNameWithoutExtension(file)} AS SELECT * FROM read_parquet('{file.Replace("'", "''")}')";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The rows of a query, each as its columns' values (DBNull becomes null).</summary>
    public List<object?[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A two-column query as a dictionary from the first column (text) to the second (a whole number).</summary>
    public Dictionary<string, long> Counts(string sql) =>
        Rows(sql).ToDictionary(r => (string)r[0]!, r => Whole(r[1]));

    /// <summary>One whole number: DuckDB's sum of BIGINT is a HUGEINT, which arrives as a <see cref="System.Numerics.BigInteger"/>.</summary>
    public long Scalar(string sql) => Whole(Rows(sql).Single()[0]);

    private static long Whole(object? value) => value is System.Numerics.BigInteger big ? (long)big : Convert.ToInt64(value);

    /// <summary>The type DuckDB reports for a column of a table.</summary>
    public string ColumnType(string table, string column) =>
        (string)Rows($"SELECT data_type FROM information_schema.columns WHERE table_name = '{table}' AND column_name = '{column}'").Single()[0]!;

    public void Dispose() => _connection.Dispose();
}

/// <summary>
/// SPARQL over an RDF export with Oxigraph (npm <c>oxigraph</c> 0.5.11) on the machine's Node. The first use installs
/// Oxigraph with npm into a cache folder beside the test assembly when it is not there yet.
/// </summary>
public sealed class Oxigraph
{
    public const string Version = "0.5.11";

    private static readonly Lazy<string> ModuleFolder = new(Install);

    /// <summary>Runs a SELECT query over <paramref name="file"/>; each row maps variable names to values.</summary>
    public (long Triples, List<Dictionary<string, string>> Rows) Select(string file, string mediaType, string query)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Export", "sparql.mjs");
        var (exit, stdout, stderr) = Run("node", [script, ModuleFolder.Value, file, mediaType, query], null);
        Assert.True(exit == 0, $"Oxigraph failed on {file}:\n{stderr}");
        using var json = JsonDocument.Parse(stdout);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)).ToList();
        return (json.RootElement.GetProperty("triples").GetInt64(), rows);
    }

    private static string Install()
    {
        var (nodeExit, version, _) = TryRun("node", ["--version"]);
        if (nodeExit != 0)
            throw new InvalidOperationException("The RDF export tests run SPARQL in Oxigraph on Node.js, and no `node` is on the PATH: install Node.js 18 or later (and npm).");
        var folder = Path.Combine(AppContext.BaseDirectory, "oxigraph-" + Version);
        if (File.Exists(Path.Combine(folder, "node_modules", "oxigraph", "package.json"))) return folder;
        Directory.CreateDirectory(folder);
        var (exit, stdout, stderr) = Run("npm", ["install", "--prefix", folder, "--no-audit", "--no-fund", "--no-save", "oxigraph@" + Version], folder);
        if (exit != 0) throw new InvalidOperationException($"npm install oxigraph@{Version} failed (node {version.Trim()}):\n{stdout}\n{stderr}");
        return folder;
    }

    private static (int Exit, string Stdout, string Stderr) TryRun(string file, string[] arguments)
    {
        try
        {
            return Run(file, arguments, null);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "", "");
        }
    }

    internal static (int Exit, string Stdout, string Stderr) Run(string file, IEnumerable<string> arguments, string? workingDirectory)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory != null) start.WorkingDirectory = workingDirectory;
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
