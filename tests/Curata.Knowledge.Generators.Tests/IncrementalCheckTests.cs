using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// A check after an edit takes up the last check's typing and reference results for the files it did not edit
/// (<see cref="TypingReuse"/>, <see cref="ReferenceReuse"/>), and its id table and sort orders when the ids did not change
/// (<see cref="IdentityReuse"/>).
/// Whatever the edit, the result must be exactly what checking every file afresh gives:
/// the same facts, the same problems in the same order, the same suggestions and counts of repeated problems. Each case edits
/// a base that has declared kinds, references across files and broken references, checks it after the unedited base, and
/// compares with a check of fresh copies of every file (which can take up nothing).
/// </summary>
[Collection(nameof(IncrementalCheckTests))] // the results a check leaves for the next are per process: no other check may come between
public class IncrementalCheckTests
{
    private const string Edited = "/k/z-more.json";

    // Many facts in a file of their own, naming facts of the fixture's files, with references that name nothing.
    private static readonly string More = "{ \"statements\": [\n" + string.Join(",\n", Enumerable.Range(0, 300).Select(i =>
        $"{{ \"id\": \"extra-{i}\", \"speaker\": \"{(i % 50 == 7 ? "mayor-lynd" : "mayor-lind")}\", \"date\": \"2024-02-0{1 + i % 9}\", \"mode\": \"paraphrase\", " +
        $"\"text\": \"Said {i}.\", \"about\": [\"{(i % 3 == 0 ? "raid-on-port" : "talks")}\"], \"sources\": [{{ \"source\": \"{(i % 40 == 5 ? "gazete" : "gazette")}\" }}] }}")) + "\n] }";

    private static (string Path, string Text)[] Base() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.Fixtures, "Small"), "*.json").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => ("/k/" + Path.GetFileName(p), File.ReadAllText(p)))
            .Append((Edited, More)).Append(("/k/broken.json", "{ \"actors\": [ { \"id\": \"stray\", \"kind\": \"persn\", \"name\": \"Stray\", \"sources\": [ { \"source\": \"gazzette\" } ] },\n" +
                // Two ids with one C# name: the actors' names are not all free.
                "{ \"id\": \"stray-1a\", \"kind\": \"person\", \"name\": \"Stray One\", \"sources\": [ { \"source\": \"gazette\" } ] },\n" +
                "{ \"id\": \"stray1a\", \"kind\": \"person\", \"name\": \"Stray Uno\", \"sources\": [ { \"source\": \"gazette\" } ] } ] }"))
            .ToArray();

    public static TheoryData<string, string, string, bool, bool> Edits => new()
    {
        // file, text replaced, by what, whether the other files' reference results still hold, whether their typing does
        { Edited, "Said 10.", "Said ten, at length.", true, true },
        { Edited, "\"speaker\": \"mayor-lind\", \"date\": \"2024-02-03\"", "\"speaker\": \"nobody-at-all\", \"date\": \"2024-02-03\"", true, true },
        { Edited, "\"source\": \"gazette\" }] }\n]", "\"source\": \"gazete\" }] }\n]", true, true },
        { Edited, "\"id\": \"extra-12\"", "\"id\": \"extra-twelve\"", false, false },
        { Edited, "\"about\": [\"talks\"]", "\"about\": [\"stray\"]", true, true },
        { "/k/facts.json", "Stay calm.", "Keep calm.", true, true },
        { "/k/facts.json", "\"id\": \"talks\"", "\"id\": \"peace-talks\"", false, false },
        { "/k/facts.json", "\"date\": \"2024-02-10\"", "\"date\": \"2030-02-10\"", true, true },
        { "/k/declarations.json", "\"required\": true, \"description\": \"The vessel's name.\"", "\"description\": \"The vessel's name.\"", false, false },
        { "/k/broken.json", "\"persn\"", "\"person\"", true, true },
        // A declared property's datatype changes: the event in another file that has it is typed again, and its value no
        // longer fits.
        { "/k/declarations.json", "\"id\": \"damage\", \"type\": \"decimal\"", "\"id\": \"damage\", \"type\": \"date\"", false, false },
        // The vessel loses its required name and is dropped: the event that names it, in another file, must lose that link.
        // The declarations and the ids are as they were, so the other files' typing holds.
        { "/k/declarations.json", "\"name\": \"Sea Lark\", ", "", false, true },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_check_after_an_edit_is_the_check_of_every_file_afresh(string path, string find, string replacement, bool othersHold, bool typingHolds)
    {
        var edited = CheckedThenEdited(path, find, replacement);

        var incremental = Check(edited);
        var reused = ReferenceReuse.LastCompleted!.Reused;
        var typingReused = TypingReuse.LastCompleted!.Reused;
        var afresh = CheckAfresh(edited);

        Assert.Equal(afresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(afresh, incremental);
        // The edit changed what the base defines, or did not: the other files' results were taken up only in the second case;
        // their typing, whenever the declarations and the ids stayed.
        if (othersHold) Assert.True(reused > 0, "no file's results were taken up");
        else Assert.Equal(0, reused);
        if (typingHolds) Assert.True(typingReused > 0, "no file's typing was taken up");
        else Assert.Equal(0, typingReused);
    }

    [Theory]
    [InlineData(Edited, "Said 10.", "Said ten, at length.", true, true)]
    [InlineData(Edited, "\"speaker\": \"mayor-lind\", \"date\": \"2024-02-03\"", "\"speaker\": \"nobody-at-all\", \"date\": \"2024-02-03\"", true, true)]
    [InlineData(Edited, "\"id\": \"extra-12\"", "\"id\": \"extra-twelve\"", false, true)]
    // Two actors now share a name: that must be found, and is.
    [InlineData("/k/broken.json", "\"Stray Uno\"", "\"Stray One\"", true, false)]
    public void The_id_table_sort_orders_and_names_apart_are_taken_up_while_they_stay(string path, string find, string replacement, bool idsStay, bool namesStay)
    {
        var edited = CheckedThenEdited(path, find, replacement);

        var incremental = Check(edited);
        var identity = IdentityReuse.LastCompleted!;

        Assert.Equal(idsStay, identity.TookUpIdTable);
        Assert.Equal(namesStay, identity.TookUpNamesApart);
        Assert.Equal(namesStay, !incremental.Diagnostics.Any(d => d.Id == "KB0104"));
        // The actors are sorted again every time: two of their names collide, and that is reported where the ids are now.
        // The speaker that names nothing drops its statement: the statements' ids are no longer the ones sorted last time,
        // while the other classes' are. A renamed id changes its class's ids and the id table, not the other classes'.
        var classes = 5 + incremental.DeclaredFacts.Select(d => d.DeclaredKind).Distinct().Count();
        Assert.Contains(incremental.Diagnostics, d => d.Id == "KB0102");
        Assert.Equal(replacement.Contains("nobody") || !idsStay ? classes - 2 : classes - 1, identity.OrdersTakenUp);
        Assert.Equal(CheckAfresh(edited), incremental);
    }

    [Fact]
    public void A_check_of_fresh_copies_takes_up_nothing()
    {
        var files = Read(Base());
        Check(files);
        Check(files.Select(f => f with { }).ToImmutableArray());
        Assert.Equal(0, ReferenceReuse.LastCompleted!.Reused);
    }

    [Fact]
    public void Two_files_at_one_path_are_checked_as_afresh()
    {
        // An item listed twice: the facts' locations cannot tell the two files apart, so nothing may be taken up for them.
        var files = Read(Base()).Add(Read(Edited, More.Replace("Said", "Told").Replace("extra-", "other-")));
        Check(files);
        var edited = files.SetItem(files.Length - 1, Read(Edited, More.Replace("Said", "Heard").Replace("extra-", "other-")));
        var incremental = Check(edited);
        Assert.Equal(0, ReferenceReuse.LastCompleted!.Reused);
        Assert.Equal(CheckAfresh(edited), incremental);
    }

    // The base, checked; then its files with one edit, not checked yet.
    private static ImmutableArray<KnowledgeFileSpec> CheckedThenEdited(string path, string find, string replacement)
    {
        var before = Base();
        var files = Read(before);
        Check(files);
        var index = Array.FindIndex(before, f => f.Path == path);
        Assert.Contains(find, before[index].Text);
        return files.SetItem(index, Read(path, before[index].Text.Replace(find, replacement)));
    }

    // Fresh copies of every file, with nothing left by the last check to take up.
    private static KnowledgeBaseSpec CheckAfresh(ImmutableArray<KnowledgeFileSpec> files)
    {
        KnowledgeBaseChecker.ForgetLastCheck();
        return Check(files.Select(f => f with { }).ToImmutableArray());
    }

    private static KnowledgeBaseSpec Check(ImmutableArray<KnowledgeFileSpec> files) =>
        KnowledgeBaseChecker.Check(files, ImmutableArray<SourceTextSpec>.Empty, CancellationToken.None);

    private static ImmutableArray<KnowledgeFileSpec> Read((string Path, string Text)[] files) => files.Select(f => Read(f.Path, f.Text)).ToImmutableArray();

    private static KnowledgeFileSpec Read(string path, string text) => KnowledgeFileReader.Read(path, SourceText.From(text), CancellationToken.None);
}

/// <summary>Runs <see cref="IncrementalCheckTests"/> alone: a check from another test between two of its checks would leave other results.</summary>
[CollectionDefinition(nameof(IncrementalCheckTests), DisableParallelization = true)]
public sealed class IncrementalCheckCollection;
