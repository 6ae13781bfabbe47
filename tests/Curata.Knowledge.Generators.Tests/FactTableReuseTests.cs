using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Emit;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Synthetic;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests;

// A write after an edit copies the records of unchanged facts from the last write (WrittenFactTable) and the packer keeps
// unchanged pages. Strings are numbered by first use in their bucket, so an edit can renumber the strings after it in its
// buckets; whatever the edit, the table and the packed table must be, byte for byte, what a fresh write makes. Alone: the writes other tests keep would push
// these out of the few that are found again.
[Collection(nameof(FactTableReuseTests))]
public class FactTableReuseTests
{
    private static readonly KnowledgeBaseSpec Base = Check(SyntheticKnowledge.Create(3_000, 6, seed: 11));

    // Large enough that the statements' records take several pages, so that they lie in runs on pages of their own too.
    private static readonly Lazy<KnowledgeBaseSpec> Large = new(() => Check(SyntheticKnowledge.Create(20_000, 6, seed: 11)));

    private static KnowledgeBaseSpec Check(IReadOnlyList<(string Path, string Text)> files)
    {
        var models = files.Select(f => KnowledgeFileReader.Read(f.Path, SourceText.From(f.Text), CancellationToken.None)).ToImmutableArray();
        var spec = KnowledgeBaseChecker.Check(models, ImmutableArray<SourceTextSpec>.Empty, CancellationToken.None);
        Assert.Empty(spec.Diagnostics);
        return spec;
    }

    private static int FactCount(KnowledgeBaseSpec spec) =>
        spec.Sources.Count + spec.Actors.Count + spec.Statements.Count + spec.Events.Count + spec.Relations.Count + spec.DeclaredFacts.Count;

    // Statement `index`, by fact number: sources and actors come first.
    private static int StatementNumber(KnowledgeBaseSpec spec, int index) => spec.Sources.Count + spec.Actors.Count + index;

    private static KnowledgeBaseSpec WithStatementText(KnowledgeBaseSpec spec, int index, string text) =>
        spec with { Statements = spec.Statements.Select((s, i) => i == index ? s with { Text = text } : s).ToEquatableArray() };

    private static readonly string[] EditNames =
    [
        "a statement's text, to a new one",
        "a statement's text, to a text first used later",
        "a statement's text, to a new one, its old text used later",
        "an actor's aliases, one more",
        "an actor's name",
        "the last statement's text, to the first statement's",
        // Edits to what the indexes read: links and dates.
        "a statement's date",
        "an event's causes",
        "a relation's object",
    ];

    public static TheoryData<string> Edits() => new(EditNames);

    // Each edit, and the first fact number it changes (every record before it must be copied).
    private static (KnowledgeBaseSpec Edited, int FirstChanged) Edit(KnowledgeBaseSpec spec, string edit)
    {
        var statements = spec.Statements;
        switch (edit)
        {
            case "a statement's text, to a new one":
                return (WithStatementText(spec, 10, "A text no fact had."), StatementNumber(spec, 10));
            case "a statement's text, to a text first used later":
                return (WithStatementText(spec, 10, statements[statements.Count - 1].Text), StatementNumber(spec, 10));
            case "a statement's text, to a new one, its old text used later":
                var moved = WithStatementText(spec, 10, "A text no fact had.");
                return (WithStatementText(moved, statements.Count - 1, statements[10].Text), StatementNumber(spec, 10));
            case "an actor's aliases, one more":
                return (spec with { Actors = spec.Actors.Select((a, i) => i == 3 ? a with { Aliases = a.Aliases.Append("An alias no actor had").ToEquatableArray() } : a).ToEquatableArray() },
                    spec.Sources.Count + 3);
            case "an actor's name":
                return (spec with { Actors = spec.Actors.Select((a, i) => i == 5 ? a with { Name = "A name no actor had" } : a).ToEquatableArray() },
                    spec.Sources.Count + 5);
            case "the last statement's text, to the first statement's":
                return (WithStatementText(spec, statements.Count - 1, statements[0].Text), StatementNumber(spec, statements.Count - 1));
            case "a statement's date":
                var other = statements.First(s => !Equals(s.Date, statements[10].Date));
                return (spec with { Statements = statements.Select((s, i) => i == 10 ? s with { Date = other.Date } : s).ToEquatableArray() }, StatementNumber(spec, 10));
            case "an event's causes":
                var caused = spec.Events.Select((e, i) => (e, i)).First(x => x.e.Causes.Count > 0).i;
                return (spec with { Events = spec.Events.Select((e, i) => i == caused ? e with { Causes = EquatableArray<IdRef>.Empty } : e).ToEquatableArray() },
                    StatementNumber(spec, statements.Count) + caused);
            case "a relation's object":
                var relation = spec.Relations[0];
                var otherActor = spec.Actors.First(a => a.Id.Id != relation.Subject.Id && a.Id.Id != relation.Object.Id);
                return (spec with { Relations = spec.Relations.Select((r, i) => i == 0 ? r with { Object = otherActor.Id } : r).ToEquatableArray() },
                    StatementNumber(spec, statements.Count) + spec.Events.Count);
            default:
                throw new ArgumentException(edit);
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_write_after_an_edit_is_byte_for_byte_a_fresh_write(string edit)
    {
        var last = FactTableWriter.Write(Base, last: null, CancellationToken.None);
        last.Keep(FactTablePacker.Pack(last.Table, CancellationToken.None));
        var (edited, firstChanged) = Edit(Base, edit);

        Assert.Same(last, WrittenFactTable.For(edited));
        var written = FactTableWriter.Write(edited, last, CancellationToken.None);
        var fresh = FactTableWriter.Write(edited, CancellationToken.None);

        Assert.Equal(fresh, written.Table);
        Assert.Equal(FactTablePacker.Pack(fresh, CancellationToken.None), FactTablePacker.Pack(written.Table, last, CancellationToken.None));
        // Every record before the edit is copied. An edit renumbers only strings of the buckets its strings are first used
        // in (here 64, about 50 records each), so whatever it does to the strings, most records after it are copied too:
        // numbering every string in turn would renumber every string first used after the edit, and nearly every record
        // after it with them.
        Assert.True(written.FactsCopied >= firstChanged, $"{written.FactsCopied} records copied, {firstChanged} before the edit");
        Assert.True(written.FactsCopied >= FactCount(Base) * 9 / 10, $"{written.FactsCopied} of {FactCount(Base)} records copied");
    }

    [Fact]
    public void Edits_one_after_another_each_take_up_the_last_write()
    {
        var spec = Base;
        var last = FactTableWriter.Write(spec, last: null, CancellationToken.None);
        last.Keep(FactTablePacker.Pack(last.Table, CancellationToken.None));
        foreach (var edit in EditNames)
        {
            spec = Edit(spec, edit).Edited;
            Assert.Same(last, WrittenFactTable.For(spec));
            var written = FactTableWriter.Write(spec, last, CancellationToken.None);
            var packed = FactTablePacker.Pack(written.Table, last, CancellationToken.None);
            var fresh = FactTableWriter.Write(spec, CancellationToken.None);
            Assert.True(fresh.SequenceEqual(written.Table), $"After {edit}, the table differs from a fresh write.");
            Assert.True(FactTablePacker.Pack(fresh, CancellationToken.None).SequenceEqual(packed), $"After {edit}, the packed table differs.");
            written.Keep(packed);
            last = written;
        }
    }

    // The string table's regions of a base this large start on pages of their own (FactTableFormat.Strings).
    private static int[] RegionStarts(byte[] table)
    {
        var layout = StringTableLayout.Read(new TableNumbers(table), TableBytes.SectionStart(table, FactTableFormat.Strings));
        var regionStarts = layout.Section + 4 * (4 + (1 << layout.BucketBits));
        return Enumerable.Range(0, FactTableFormat.StringRegionCount(layout.BucketBits, layout.GroupBits))
            .Select(region => layout.Section + TableBytes.Int32At(table, regionStarts + 4 * region)).ToArray();
    }

    [Fact]
    public void A_large_base_s_strings_lie_in_regions_on_pages_of_their_own()
    {
        var table = FactTableWriter.Write(Base, CancellationToken.None);
        var starts = RegionStarts(table);

        Assert.True(starts.Length > 4, $"{starts.Length} regions");
        Assert.All(starts, start => Assert.Equal(0, start % (1 << FactTableFormat.PageBits)));
    }

    [Fact]
    public void A_small_base_s_strings_lie_together_with_no_padding()
    {
        var table = FactTableWriter.Write(Check(SyntheticKnowledge.Create(200, 2, seed: 3)), CancellationToken.None);
        var starts = RegionStarts(table);

        // The ids' region, then one for every bucket, right after the ids' strings.
        Assert.Equal(2, starts.Length);
        Assert.NotEqual(0, starts[1] % (1 << FactTableFormat.PageBits));
    }

    // At most the pages of the edited record, of its section's offsets, of the sections after the records that it changes
    // (the actors' names), of the string section's header and of the new strings' regions, and, for a text longer than a
    // page, the pages it fills; for an edit to a date, the date index's pages. Every other run of records and region of
    // strings lies on pages of its own, kept where they are or, moved by whole pages, found by their bytes. Measured: 1, 3,
    // 7 and 3 pages of 113; with the records not in runs on pages of their own, the new alias packed 27 of 98 again.
    [Theory]
    [InlineData("a statement's text, to a new one", 4)]
    [InlineData("a statement's text, to one that fills a page", 6)]
    [InlineData("an actor's aliases, one more", 8)]
    [InlineData("a statement's date", 6)]
    public void Packing_after_an_edit_compresses_only_the_pages_it_changed(string edit, int mostPages)
    {
        var spec = Large.Value;
        var last = FactTableWriter.Write(spec, last: null, CancellationToken.None);
        last.Keep(FactTablePacker.Pack(last.Table, CancellationToken.None));
        // Longer than a page: its region grows by a page or more, and every region after it moves by whole pages.
        var edited = edit == "a statement's text, to one that fills a page" ? WithStatementText(spec, 10, new string('x', 70_000)) : Edit(spec, edit).Edited;

        var written = FactTableWriter.Write(edited, last, CancellationToken.None);
        var packed = FactTablePacker.Pack(written.Table, last, CancellationToken.None, out var compressed);

        Assert.Equal(FactTablePacker.Pack(FactTableWriter.Write(edited, CancellationToken.None), CancellationToken.None), packed);
        var pages = (written.Table.Length >> FactTableFormat.PageBits) + 1;
        Assert.True(compressed <= mostPages, $"{compressed} of {pages} pages compressed again");
    }

    [Fact]
    public void A_base_with_other_ids_or_declarations_is_written_afresh()
    {
        var last = FactTableWriter.Write(Base, last: null, CancellationToken.None);
        last.Keep(FactTablePacker.Pack(last.Table, CancellationToken.None));

        var oneActorLess = Base with { Actors = Base.Actors.Skip(1).ToEquatableArray() };
        var renamed = Base with { Events = Base.Events.Select((e, i) => i == 0 ? e with { Id = e.Id with { Id = "an-id-no-fact-had" } } : e).ToEquatableArray() };
        var otherTerms = Base with { EventTypes = Base.EventTypes.Skip(1).ToEquatableArray() };

        Assert.Null(WrittenFactTable.For(oneActorLess));
        Assert.Null(WrittenFactTable.For(renamed));
        Assert.Null(WrittenFactTable.For(otherTerms));
    }
}

[CollectionDefinition(nameof(FactTableReuseTests), DisableParallelization = true)]
public class FactTableReuseCollection;
