using System;
using System.Linq;
using System.Threading;
using System.Collections.Immutable;
using System.Diagnostics;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Emit;
using Curata.Knowledge.Generators.Json;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Options;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Benchmarks;

/// <summary>
/// Time and allocation of each stage of the generator's pipeline, run directly (not through the driver): where a full run
/// spends what it spends. The parse line is part of the read line (the reader parses first). "Held" is what the stage's
/// result keeps alive after a full collection, beyond what the stages before it hold: what a compiler keeps for it.
/// </summary>
internal static class StageCosts
{
    public static string Measure(Workload workload)
    {
        var texts = workload.Texts.Select(t => (t.Path, Text: t.GetText()!)).ToArray();
        var parse = Stage(() => { foreach (var (_, text) in texts) KnowledgeFileReader.Parse(text, CancellationToken.None).Dispose(); return 0; });
        var read = Stage(() => texts.Select(t => KnowledgeFileReader.Read(t.Path, t.Text, CancellationToken.None)).ToImmutableArray());
        var check = Stage(() => KnowledgeBaseChecker.Check(read.Result, ImmutableArray<SourceTextSpec>.Empty, CancellationToken.None));
        var table = Stage(() => FactTableWriter.Write(check.Result, CancellationToken.None));
        var pack = Stage(() => FactTablePacker.Pack(table.Result, CancellationToken.None));
        var options = GeneratorOptions.Read(Workload.Options.GlobalOptions);
        var emit = Stage(() => KnowledgeEmitter.Emit(check.Result, options, extensionMembers: true, EquatableArray<string>.Empty, CancellationToken.None));
        var factTable = Stage(() => KnowledgeEmitter.FactTable(check.Result, options, CancellationToken.None));
        var result = $"parse {parse}, read (with parse) {read}, check {check}, fact table {table}, packing it {pack} ({table.Result.Length / 1048576.0:N1} MB into {pack.Result.Length / 1048576.0:N1} MB), "
            + $"emitting the API {emit}, emitting the fact table's file (written, packed, encoded) {factTable}; "
            + AfterTheEdit(workload, read.Result, check.Result);
        GC.KeepAlive(texts);
        return result;
    }

    // The one-file-edit benchmark's edit, as a build that keeps its driver meets it: the edited file read again, the base
    // checked again, and the fact table written and packed again from the last write.
    private static string AfterTheEdit(Workload workload, ImmutableArray<KnowledgeFileSpec> models, KnowledgeBaseSpec spec)
    {
        WrittenFactTable.Forget();
        var last = FactTableWriter.Write(spec, last: null, CancellationToken.None);
        last.Keep(FactTablePacker.Pack(last.Table, CancellationToken.None));
        var edit = workload.EditedFile(1);
        var edited = models.Select(m => m.Path == edit.Old.Path ? KnowledgeFileReader.Read(edit.New.Path, edit.New.GetText()!, CancellationToken.None) : m).ToImmutableArray();
        var check = Stage(() => KnowledgeBaseChecker.Check(edited, ImmutableArray<SourceTextSpec>.Empty, CancellationToken.None));
        var taken = WrittenFactTable.For(check.Result);
        var table = Stage(() => FactTableWriter.Write(check.Result, taken, CancellationToken.None));
        var compressed = 0;
        var pack = Stage(() => FactTablePacker.Pack(table.Result.Table, taken, CancellationToken.None, out compressed));
        var pages = (table.Result.Table.Length + (1 << FactTableFormat.PageBits) - 1) >> FactTableFormat.PageBits;
        WrittenFactTable.Forget();
        return $"after the one-file edit: check {check}, fact table {table} ({(taken == null ? "written afresh" : $"{table.Result.FactsCopied:N0} records copied")}), "
            + $"packing it {pack} ({compressed:N0} of {pages:N0} pages compressed)";
    }

    private static Measured<T> Stage<T>(Func<T> run)
    {
        var held = GC.GetTotalMemory(forceFullCollection: true);
        // Every thread's allocation: stages hand work to other cores (rules, indexes, packing), and nothing else runs now.
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var result = run();
        var elapsed = stopwatch.Elapsed;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        return new Measured<T>(result, elapsed, allocated, GC.GetTotalMemory(forceFullCollection: true) - held);
    }

    private sealed record Measured<T>(T Result, TimeSpan Time, long Allocated, long Held)
    {
        public override string ToString() => $"{Time.TotalMilliseconds:N0} ms / {Allocated / 1048576.0:N0} MB allocated, {Held / 1048576.0:N0} MB held";
    }
}
