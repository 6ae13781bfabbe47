using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Tests;

/// <summary>
/// One test per rule of the catalogue: a minimal bad fragment added to a clean knowledge base, asserting the id, severity,
/// file, line, column and message of the one diagnostic it must raise. The expected position is found by searching the
/// fragment for the offending token, so each test says in its data where the problem is.
/// </summary>
public class RuleTests
{
    // Sorts after the clean files, so where an id is defined twice the fragment's definition is the second one.
    private const string Bad = "/k/work.json";

    private static readonly (string, string)[] CleanBase =
    [
        ("/k/vocabulary.json", """
            {
              "eventTypes": [ { "id": "attack", "name": "Attack" } ],
              "participantRoles": [ { "id": "perpetrator", "name": "perpetrator" }, { "id": "target", "name": "target" } ],
              "predicates": [
                { "id": "backs", "name": "backs", "conflictsWith": ["opposes"] },
                { "id": "opposes", "name": "opposes" },
                { "id": "allied-with", "name": "allied with", "symmetric": true, "subjectKinds": ["state"], "objectKinds": ["state"] },
                { "id": "member-of", "name": "member of", "acyclic": true, "inverseOf": "has-member" },
                { "id": "has-member", "name": "has member", "inverseOf": "member-of" }
              ]
            }
            """),
        ("/k/base.json", """
            {
              "sources": [ { "id": "paper", "kind": "news-article", "title": "Paper", "published": "2024-03-01" } ],
              "actors": [
                { "id": "iran", "kind": "state", "name": "Iran", "sources": [ { "source": "paper" } ] },
                { "id": "militia", "kind": "armed-group", "name": "Militia", "lifespan": { "from": "2014" }, "sources": [ { "source": "paper" } ] },
                { "id": "general", "kind": "person", "name": "General", "lifespan": { "from": "1957", "to": "2020-01-03" }, "sources": [ { "source": "paper" } ] }
              ],
              "statements": [ { "id": "old-speech", "speaker": "general", "date": "2019", "mode": "paraphrase", "text": "Spoke.", "about": ["iran", "militia"], "sources": [ { "source": "paper" } ] } ],
              "relations": [ { "id": "iran-backs-militia", "subject": "iran", "predicate": "backs", "object": "militia", "span": { "from": "2014" }, "sources": [ { "source": "paper" } ] } ]
            }
            """),
    ];

    private static KnowledgeRun RunWith(string fragment, params (string, string)[] more) =>
        KnowledgeHarness.Run(CleanBase.Append((Bad, fragment)).Concat(more));

    /// <summary>Asserts the single diagnostic <paramref name="id"/> sits at the <paramref name="occurrence"/>th match of <paramref name="token"/>.</summary>
    private static Diagnostic Expect(string fragment, string id, string token, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error,
        int occurrence = 1, params (string, string)[] more)
    {
        var run = RunWith(fragment, more);
        var (line, column) = Position(fragment, token, occurrence);
        var diagnostic = DiagnosticAssert.Single(run.KnowledgeDiagnostics, id, Bad, line, column, message, severity);
        Assert.Empty(run.CompileDiagnostics);
        return diagnostic;
    }

    private static (int Line, int Column) Position(string text, string token, int occurrence)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(token, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{token}' not in the fragment");
        }
        var before = text[..index];
        return (before.Count(c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    [Fact]
    public void Clean_base_raises_nothing()
    {
        var run = KnowledgeHarness.Run(CleanBase);
        Assert.Empty(run.KnowledgeDiagnostics.Select(d => d.ToString()));
    }

    // ---- structure ----

    [Fact]
    public void KB0001_malformed_json() =>
        Expect("""{ "actors": [ { "id": "x", } ] }""", "KB0001", "}", "Malformed JSON: Unexpected '}'; expected a property name in double quotes.");

    [Fact]
    public void KB0002_wrong_value_type() =>
        Expect("""{ "actors": [ { "id": "x", "kind": "person", "name": 42, "sources": [ { "source": "paper" } ] } ] }""",
            "KB0002", "42", "'name' must be a string, not a number");

    [Fact]
    public void KB0003_missing_required_property() =>
        Expect("""{ "actors": [ { "id": "x", "kind": "person", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0003", "{ \"id\"", "actor 'x' is missing the required property 'name'");

    [Fact]
    public void KB0004_unknown_property_names_the_closest() =>
        Expect("""{ "statements": [ { "id": "s", "speeker": "general", "speaker": "general", "mode": "paraphrase", "text": "t", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0004", "\"speeker\"", "statement 's' has no property 'speeker'; did you mean 'speaker'?");

    [Fact]
    public void KB0005_invalid_id() =>
        Expect("""{ "actors": [ { "id": "Hadi Al-Ameri", "kind": "person", "name": "H", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0005", "\"Hadi", "'Hadi Al-Ameri' is not a valid id: use lower-case letters and digits in words joined by single hyphens, starting with a letter (for example 'hadi-al-ameri')");

    // The reader of one object is reused for the next (ReadContext.Reader): what it knew of the last object, its repeated
    // properties, what it read and its name, must not carry over, and a nested object names its own owner.
    [Fact]
    public void Objects_read_one_after_another_are_each_reported_as_themselves()
    {
        var run = RunWith("""
            { "events": [
              { "id": "e1", "type": "attack", "date": "2024-01-01", "participants": [ { "actor": "iran" } ], "sources": [ { "source": "paper" } ] },
              { "id": "e2", "type": "attack", "name": "A", "name": "B", "date": "2024-01-02", "participants": [ { "role": "target" } ], "sources": [ { "source": "paper" } ] },
              { "id": "e3", "type": "attack", "colour": "red", "date": "2024-01-03", "sources": [ { "source": "paper" } ] }
            ] }
            """);
        Assert.Equal(new[]
        {
            "KB0003 a participant of event 'e1' is missing the required property 'role'",
            "KB0006 The property 'name' is given twice in this object; only one value can hold",
            "KB0003 a participant of event 'e2' is missing the required property 'actor'",
            "KB0004 event 'e3' has no property 'colour'",
        }, run.KnowledgeDiagnostics.Select(d => $"{d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
    }

    [Fact]
    public void KB0006_duplicate_property() =>
        Expect("""{ "actors": [ { "id": "x", "kind": "person", "name": "A", "name": "B", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0006", "\"name\"", "The property 'name' is given twice in this object; only one value can hold", occurrence: 2);

    [Fact]
    public void KB0007_value_outside_its_list() =>
        Expect("""{ "statements": [ { "id": "s", "speaker": "iran", "mode": "quotaton", "text": "X", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0007", "\"quotaton\"", "'quotaton' is not a valid statement mode; did you mean 'quotation'?; allowed: quotation, paraphrase");

    [Fact]
    public void KB0007_declared_enum_value_outside_its_list() =>
        Expect("""{ "properties": [ { "kind": "actor", "id": "clarity", "type": "enum", "values": ["high", "low"] } ], "actors": [ { "id": "x", "name": "X", "clarity": "hihg", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0007", "\"hihg\"", "'hihg' is not a valid value of 'clarity'; did you mean 'high'?; allowed: high, low");

    [Fact]
    public void KB0011_one_unknown_id_named_100000_times_is_listed_10_times_and_counted()
    {
        var about = string.Join(", ", Enumerable.Repeat("\"ghost\"", 100_000));
        var run = RunWith($$"""{ "statements": [ { "id": "s", "speaker": "general", "mode": "paraphrase", "text": "t", "about": [ {{about}} ], "sources": [ { "source": "paper" } ] } ] }""");

        Assert.Equal(10, run.KnowledgeDiagnostics.Count(d => d.Id == "KB0201"));
        var summary = Assert.Single(run.KnowledgeDiagnostics, d => d.Id == "KB0011");
        Assert.Equal(DiagnosticSeverity.Warning, summary.Severity);
        Assert.Equal("99,990 more KB0201 diagnostics about 'ghost' are not listed; fix the ones listed first", summary.GetMessage());
        Assert.Equal(Bad, summary.Location.GetLineSpan().Path);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void KB0401_hundreds_of_conflicting_relations_between_one_pair_are_listed_10_times_and_counted()
    {
        var relations = Enumerable.Range(0, 300).SelectMany(i => new[]
        {
            $$"""{ "id": "b-{{i:D3}}", "subject": "iran", "predicate": "backs", "object": "militia", "sources": [ { "source": "paper" } ] }""",
            $$"""{ "id": "o-{{i:D3}}", "subject": "iran", "predicate": "opposes", "object": "militia", "sources": [ { "source": "paper" } ] }""",
        });
        var run = RunWith($$"""{ "relations": [ {{string.Join(",\n", relations)}} ] }""");

        // Every 'opposes' conflicts with the first 'backs' (b-000): 300 problems, one per relation, not 90,000 pairs.
        var listed = run.KnowledgeDiagnostics.Where(d => d.Id == "KB0401").ToArray();
        Assert.Equal(10, listed.Length);
        Assert.All(listed, d => Assert.EndsWith("conflicts with 'b-000' (backs) between the same actors at overlapping times", d.GetMessage()));
        var summary = Assert.Single(run.KnowledgeDiagnostics, d => d.Id == "KB0011");
        Assert.Equal("290 more KB0401 diagnostics about the relations between 'iran' and 'militia' are not listed; fix the ones listed first", summary.GetMessage());
    }

    [Fact]
    public void KB0010_invalid_property_name() =>
        Expect("""{ "properties": [ { "kind": "actor", "id": "Bad-Name", "type": "text" } ] }""",
            "KB0010", "\"Bad-Name\"", "'Bad-Name' is not a valid property name: use letters and digits in camel case, starting with a lower-case letter (for example 'partOf')");

    [Fact]
    public void KB0201_unknown_actor_kind_term() =>
        Expect("""{ "actors": [ { "id": "x", "kind": "armed-gruop", "name": "X", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0201", "\"armed-gruop\"", "No actor kind has the id 'armed-gruop'; did you mean 'armed-group'?");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("…")]
    [InlineData("... — ...")]
    public void KB0505_quotation_without_words(string text) =>
        Expect($$"""{ "statements": [ { "id": "empty-quote", "speaker": "iran", "mode": "quotation", "text": "{{text}}", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0505", "\"empty-quote\"", "The statement 'empty-quote' is a quotation, but its text has no letter or digit");

    [Fact]
    public void KB0410_breakdown_does_not_add_up() =>
        Expect("""{ "events": [ { "id": "e", "type": "attack", "sources": [ { "source": "paper" } ], "fatalities": [ { "count": { "best": 10 }, "breakdown": [ { "category": "side", "actor": "militia", "count": { "best": 8 } }, { "category": "civilians", "count": { "best": 4 } } ] } ] } ] }""",
            "KB0410", "{ \"category\": \"side\"", "The breakdown of this fatality report adds up to 12, which its total (10) does not allow");

    [Fact]
    public void KB0801_property_of_an_undeclared_kind() =>
        Expect("""{ "properties": [ { "kind": "charactr", "id": "rank", "type": "text" } ], "kinds": [ { "id": "character", "plural": "characters", "properties": [] } ] }""",
            "KB0801", "\"charactr\"", "No kind is declared with the name 'charactr'; did you mean 'character'?");

    [Fact]
    public void KB0802_kind_declared_twice() =>
        Expect("""{ "kinds": [ { "id": "character", "plural": "characters", "properties": [] }, { "id": "character", "plural": "people", "properties": [] } ] }""",
            "KB0802", "\"character\"", "The kind 'character' is already declared at /k/work.json(1,22)", occurrence: 2);

    [Fact]
    public void KB0803_enum_without_values() =>
        Expect("""{ "properties": [ { "kind": "event", "id": "clarity", "type": "enum" } ] }""",
            "KB0803", "\"clarity\"", "The declaration of the property 'clarity' of 'event' cannot be used: an enum needs \"values\": its closed list");

    [Fact]
    public void KB0804_identifier_not_matching_its_scheme() =>
        Expect("""{ "actors": [ { "id": "x", "name": "X", "ids": { "wikidata": "794" }, "sources": [ { "source": "paper" } ] } ] }""",
            "KB0804", "\"794\"", "'794' is not a valid wikidata identifier: it must match ^Q[1-9][0-9]*$");

    [Fact]
    public void KB0805_two_facts_claim_one_identifier() =>
        Expect("""{ "actors": [ { "id": "x", "name": "X", "ids": { "wikidata": "Q794" }, "sources": [ { "source": "paper" } ] }, { "id": "y", "name": "Y", "ids": { "wikidata": "Q794" }, "sources": [ { "source": "paper" } ] } ] }""",
            "KB0805", "\"Q794\"", "The wikidata identifier 'Q794' is already claimed by 'x' at /k/work.json(1,62)", occurrence: 2);

    [Fact]
    public void KB0008_impossible_date() =>
        Expect("""{ "events": [ { "id": "e", "type": "attack", "name": "E", "date": "2024-02-30", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0008", "\"2024-02-30\"", "'2024-02-30' is not a valid date: 2024-02 has 29 days");

    [Fact]
    public void KB0009_number_out_of_range() =>
        Expect("""{ "actors": [ { "id": "x", "kind": "person", "name": "X", "sources": [ { "source": "paper", "paragraph": 0 } ] } ] }""",
            "KB0009", "0 }", "'0' must be a whole number from 1 to 2147483647");

    // ---- identity ----

    [Fact]
    public void KB0101_duplicate_id_points_at_both()
    {
        var diagnostic = Expect("""{ "actors": [ { "id": "iran", "kind": "state", "name": "Iran again", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0101", "\"iran\"", "The id 'iran' is already defined at /k/base.json(4,13)");
        Assert.Equal("/k/base.json", diagnostic.AdditionalLocations.Single().GetLineSpan().Path);
    }

    // The first definition in file order keeps the id, whatever the kinds: in one file the one written first, across files the
    // earlier file's, a declared kind's facts included.
    [Fact]
    public void KB0101_in_one_file_the_definition_written_first_keeps_the_id()
    {
        const string fragment = """{ "events": [ { "id": "twin", "type": "attack", "name": "E", "sources": [ { "source": "paper" } ] } ], "actors": [ { "id": "twin", "kind": "person", "name": "T", "sources": [ { "source": "paper" } ] } ] }""";
        var (line, column) = Position(fragment, "\"twin\"", 1);
        Expect(fragment, "KB0101", "\"twin\"", $"The id 'twin' is already defined at {Bad}({line},{column})", occurrence: 2);
    }

    [Fact]
    public void KB0101_an_earlier_file_keeps_the_id_even_for_a_declared_kind()
    {
        const string places = """{ "places": [ { "id": "twin", "name": "Twin", "kind": "town", "sources": [ { "source": "paper" } ] } ] }""";
        var (line, column) = Position(places, "\"twin\"", 1);
        Expect("""{ "actors": [ { "id": "twin", "kind": "person", "name": "T", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0101", "\"twin\"", $"The id 'twin' is already defined at /k/places.json({line},{column})", more: ("/k/places.json", places));
    }

    [Fact]
    public void KB0102_two_ids_with_one_csharp_name() =>
        Expect("""{ "actors": [ { "id": "unit-1a", "kind": "military-unit", "name": "A", "sources": [ { "source": "paper" } ] }, { "id": "unit1a", "kind": "military-unit", "name": "B", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0102", "\"unit1a\"", "The id 'unit1a' maps to the C# name 'Unit1a', as 'unit-1a' does at /k/work.json(1,23)");

    [Fact]
    public void KB0103_reserved_member_name() =>
        Expect("""{ "actors": [ { "id": "to-string", "kind": "person", "name": "T", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0103", "\"to-string\"", "The id 'to-string' maps to the C# name 'ToString', which the generated class 'Actors' already uses; choose another id");

    private const string SecondGeneral = """{ "actors": [ { "id": "general-two", "kind": "person", "name": "General", "sources": [ { "source": "paper" } ] } ] }""";

    [Fact]
    public void KB0104_name_shared_by_two_actors()
    {
        var diagnostic = Expect(SecondGeneral, "KB0104", "\"general-two\"",
            "The name 'General' of actor 'general-two' is also a name or alias of actor 'general' at /k/base.json(6,13); looking it up by name finds neither",
            DiagnosticSeverity.Warning);
        var also = diagnostic.AdditionalLocations.Single().GetLineSpan();
        Assert.Equal(("/k/base.json", 5, 12), (also.Path, also.StartLinePosition.Line, also.StartLinePosition.Character));
    }

    // ---- references ----

    [Fact]
    public void KB0201_unknown_reference_names_the_closest_id_or_alias() =>
        Expect("""{ "statements": [ { "id": "s", "speaker": "generel", "mode": "paraphrase", "text": "t", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0201", "\"generel\"", "No actor has the id 'generel'; did you mean 'general'?");

    [Fact]
    public void KB0201_unrelated_short_id_gets_no_suggestion() =>
        Expect("""{ "statements": [ { "id": "s", "speaker": "ula", "mode": "paraphrase", "text": "t", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0201", "\"ula\"", "No actor has the id 'ula'",
            more: ("/k/eln.json", """{ "actors": [ { "id": "eln", "kind": "person", "name": "Eln", "sources": [ { "source": "paper" } ] } ] }"""));

    [Fact]
    public void KB0201_swapped_letters_are_one_edit() =>
        Expect("""{ "statements": [ { "id": "s", "speaker": "gneeral", "mode": "paraphrase", "text": "t", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0201", "\"gneeral\"", "No actor has the id 'gneeral'; did you mean 'general'?");

    [Fact]
    public void KB0202_reference_to_the_wrong_kind() =>
        Expect("""{ "statements": [ { "id": "s", "speaker": "iran-backs-militia", "mode": "paraphrase", "text": "t", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0202", "\"iran-backs-militia\"", "'speaker' must name an actor, but 'iran-backs-militia' is a relation");

    [Fact]
    public void KB0203_predicate_does_not_allow_the_kind() =>
        Expect("""{ "relations": [ { "id": "r", "subject": "militia", "predicate": "allied-with", "object": "iran", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0203", "\"militia\"", "The predicate 'allied-with' does not allow 'militia' (armed-group) as its subject; allowed: state");

    // ---- time ----

    [Fact]
    public void KB0301_interval_ending_before_it_starts() =>
        Expect("""{ "events": [ { "id": "e", "type": "attack", "name": "E", "date": { "from": "2024-02-05", "to": "2024-02-01" }, "sources": [ { "source": "paper" } ] } ] }""",
            "KB0301", "\"2024-02-01\"", "The interval ends (2024-02-01) before it starts (2024-02-05)");

    [Fact]
    public void KB0302_a_dead_man_quoted() =>
        Expect("""{ "statements": [ { "id": "s", "speaker": "general", "date": "2024-02-04", "mode": "paraphrase", "text": "t", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0302", "\"general\"", "'general' speaks in statement 's' (2024-02-04), after its lifespan ends (1957..2020-01-03)");

    [Fact]
    public void KB0302_taking_part_before_founding() =>
        Expect("""{ "events": [ { "id": "e", "type": "attack", "name": "E", "date": "2010", "participants": [ { "actor": "militia", "role": "perpetrator" } ], "sources": [ { "source": "paper" } ] } ] }""",
            "KB0302", "\"militia\"", "'militia' takes part in event 'e' (2010), before its lifespan starts (2014..)");

    [Fact]
    public void KB0303_effect_before_cause() =>
        Expect("""{ "events": [ { "id": "cause", "type": "attack", "name": "C", "date": "2024-02-02", "sources": [ { "source": "paper" } ] }, { "id": "effect", "type": "attack", "name": "E", "date": "2024-01-28", "causes": ["cause"], "sources": [ { "source": "paper" } ] } ] }""",
            "KB0303", "\"cause\"", "The event 'effect' (2024-01-28) is dated before its cause 'cause' (2024-02-02)", occurrence: 2);

    [Fact]
    public void KB0304_dated_after_its_only_source() =>
        Expect("""{ "events": [ { "id": "e", "type": "attack", "name": "E", "date": "2024-05", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0304", "\"2024-05\"", "'e' is dated 2024-05, after 'paper', the only source reporting it, was published (2024-03-01)");

    [Fact]
    public void KB0305_role_outside_lifespan() =>
        Expect("""{ "actors": [ { "id": "colonel", "kind": "person", "name": "C", "lifespan": { "from": "1970", "to": "2001" }, "roles": [ { "kind": "commands", "of": "militia", "span": { "from": "2015" } } ], "sources": [ { "source": "paper" } ] } ] }""",
            "KB0305", "{ \"from\": \"2015\" }", "A role of 'colonel' held 2015.. lies outside its lifespan (1970..2001)");

    // ---- logic ----

    [Fact]
    public void KB0401_conflicting_relations_over_overlapping_time() =>
        Expect("""{ "relations": [ { "id": "iran-opposes-militia", "subject": "iran", "predicate": "opposes", "object": "militia", "span": { "from": "2020" }, "sources": [ { "source": "paper" } ] } ] }""",
            "KB0401", "\"opposes\"", "The relation 'iran-opposes-militia' (opposes) conflicts with 'iran-backs-militia' (backs) between the same actors at overlapping times");

    [Fact]
    public void KB0401_not_raised_when_the_spans_are_disjoint()
    {
        var run = RunWith("""{ "relations": [ { "id": "iran-opposes-militia", "subject": "iran", "predicate": "opposes", "object": "militia", "span": { "to": "2013" }, "sources": [ { "source": "paper" } ] } ] }""");
        Assert.DoesNotContain(run.KnowledgeDiagnostics, d => d.Id == "KB0401");
    }

    [Fact]
    public void KB0402_inverse_declared_inconsistently() =>
        Expect("""{ "predicates": [ { "id": "leads", "name": "leads", "inverseOf": "led-by" }, { "id": "led-by", "name": "led by", "inverseOf": "backs" } ] }""",
            "KB0402", "\"led-by\"", "The predicate 'leads' is declared inconsistently: it names 'led-by' as its inverse, but 'led-by' names 'backs'");

    [Fact]
    public void KB0403_cycle_in_membership() =>
        Expect("""{ "relations": [ { "id": "a-in-b", "subject": "iran", "predicate": "member-of", "object": "militia", "sources": [ { "source": "paper" } ] }, { "id": "b-has-a", "subject": "iran", "predicate": "has-member", "object": "militia", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0403", "\"has-member\"", "A cycle in 'member-of': a-in-b -> b-has-a");

    [Fact]
    public void KB0403_cycle_in_event_part_of() =>
        Expect("""{ "events": [ { "id": "a", "type": "attack", "name": "A", "partOf": "b", "sources": [ { "source": "paper" } ] }, { "id": "b", "type": "attack", "name": "B", "partOf": "a", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0403", "\"b\"", "A cycle in 'partOf': a -> b -> a");

    [Fact]
    public void KB0405_cycle_in_causes() =>
        Expect("""{ "events": [ { "id": "a", "type": "attack", "name": "A", "causes": ["b"], "sources": [ { "source": "paper" } ] }, { "id": "b", "type": "attack", "name": "B", "causes": ["a"], "sources": [ { "source": "paper" } ] } ] }""",
            "KB0405", "\"b\"", "A cycle in 'causes': a -> b -> a");

    [Fact]
    public void KB0404_fatality_figures_out_of_order() =>
        Expect("""{ "events": [ { "id": "e", "type": "attack", "name": "E", "fatalities": [ { "count": { "low": 20, "best": 16 } } ], "sources": [ { "source": "paper" } ] } ] }""",
            "KB0404", "{ \"low\"", "The figures must satisfy low <= best <= high, but low (20) is above best (16)");

    // ---- provenance ----

    [Fact]
    public void KB0501_fact_without_source_is_a_warning() =>
        Expect("""{ "relations": [ { "id": "r", "subject": "iran", "predicate": "backs", "object": "militia" } ] }""",
            "KB0501", "\"r\"", "The relation 'r' cites no source", DiagnosticSeverity.Warning);

    [Fact]
    public void KB0502_citation_to_an_unknown_source() =>
        Expect("""{ "relations": [ { "id": "r", "subject": "iran", "predicate": "backs", "object": "militia", "sources": [ { "source": "papr" } ] } ] }""",
            "KB0502", "\"papr\"", "No source has the id 'papr'; did you mean 'paper'?");

    [Fact]
    public void KB0503_quotation_not_in_the_cited_paragraph_offers_the_closest_passage() =>
        Expect("""
            {
              "sources": [ { "id": "wire", "kind": "news-article", "title": "Wire", "textFile": "texts/wire.txt" } ],
              "statements": [
                { "id": "ok", "speaker": "general", "mode": "quotation", "text": "We will \u201Cnot\u201D leave \u2026 ever", "sources": [ { "source": "wire", "paragraph": 2 } ] },
                { "id": "misquoted", "speaker": "general", "mode": "quotation", "text": "We shall never leave", "sources": [ { "source": "wire", "paragraph": 2 } ] }
              ]
            }
            """,
            "KB0503", "\"wire\", \"paragraph\": 2", "The quotation of statement 'misquoted' does not occur in paragraph 2 of source 'wire'; the closest passage is \"He said: \"We will not  leave, not ever\"\"",
            occurrence: 2, more: ("/k/texts/wire.txt", "Headline paragraph.\n\nHe said: \"We will not  leave, not ever\". Then he left.\n"));

    [Fact]
    public void KB0504_source_text_file_missing_from_the_build() =>
        Expect("""{ "sources": [ { "id": "wire", "kind": "news-article", "title": "Wire", "textFile": "wire.txt" } ], "statements": [ { "id": "s", "speaker": "general", "mode": "quotation", "text": "x", "sources": [ { "source": "wire" } ] } ] }""",
            "KB0504", "\"wire\"", "The text file 'wire.txt' of source 'wire' is not among the build's AdditionalFiles", DiagnosticSeverity.Warning);

    // Each quotation judged finds the missing text (the rules judge one fact at a time); the source hears of it once.
    [Fact]
    public void KB0504_is_reported_once_however_many_quotations_cite_the_missing_text() =>
        Expect("""{ "sources": [ { "id": "wire", "kind": "news-article", "title": "Wire", "textFile": "wire.txt" } ], "statements": [ { "id": "s", "speaker": "general", "mode": "quotation", "text": "x", "sources": [ { "source": "wire" } ] }, { "id": "t", "speaker": "general", "mode": "quotation", "text": "y", "sources": [ { "source": "wire" } ] } ] }""",
            "KB0504", "\"wire\"", "The text file 'wire.txt' of source 'wire' is not among the build's AdditionalFiles", DiagnosticSeverity.Warning);

    // ---- hygiene ----

    [Fact]
    public void KB0601_actor_nothing_refers_to_is_information() =>
        Expect("""{ "actors": [ { "id": "bystander", "kind": "person", "name": "B", "sources": [ { "source": "paper" } ] } ] }""",
            "KB0601", "\"bystander\"", "Nothing refers to the actor 'bystander'", DiagnosticSeverity.Info);

    [Fact]
    public void KB0601_links_read_last_still_count_while_something_is_unreferenced() =>
        // The ministry is named only by a role's institution and the late source only by an actor's citation, the last links
        // the rule reads; the orphan keeps the search going to them, and is the one reported.
        Expect("""
            { "sources": [ { "id": "late", "kind": "news-article", "title": "Late" }, { "id": "orphan", "kind": "news-article", "title": "Orphan" } ],
              "actors": [ { "id": "ministry", "kind": "government-body", "name": "Ministry", "sources": [ { "source": "late" } ] },
                          { "id": "minister", "kind": "person", "name": "Minister", "roles": [ { "kind": "holds-office", "of": "ministry" } ], "sources": [ { "source": "paper" } ] } ],
              "statements": [ { "id": "minister-speaks", "speaker": "minister", "mode": "paraphrase", "text": "Spoke.", "sources": [ { "source": "paper" } ] } ] }
            """, "KB0601", "\"orphan\"", "Nothing refers to the source 'orphan'", DiagnosticSeverity.Info);

    // ---- lookups in C# code ----

    [Fact]
    public void KB0701_constant_lookup_of_an_unknown_id_names_the_closest_by_alias()
    {
        const string knowledge = """{ "actors": [ { "id": "mohammed-shia-al-sudani", "kind": "person", "name": "Mohammed Shia al-Sudani", "aliases": ["Sudani"], "sources": [ { "source": "paper" } ] } ] }""";
        const string code = """
            using UserProject;
            public static class Lookups
            {
                public static object Good() => Actors.Get("sudani");
                public static object ById() => Actors.Get("mohammed-shia-al-sudani");
                public static object Bad() => Actors.Get("sudany");
                public static object Typed() => new Curata.Knowledge.FactId<Curata.Knowledge.Event>("no-such-event");
            }
            """;
        var run = KnowledgeHarness.Run(CleanBase.Append((Bad, knowledge)), userCode: code);

        var lookups = run.AnalyzerDiagnostics.Where(d => d.Id == "KB0701").OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        Assert.Equal(2, lookups.Length);
        var span = lookups[0].Location.GetLineSpan();
        Assert.Equal(("Program.cs", 6, 46), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Equal(DiagnosticSeverity.Error, lookups[0].Severity);
        Assert.Equal("'sudany' is not the id, name or alias of any actor; did you mean 'mohammed-shia-al-sudani'?", lookups[0].GetMessage());
        Assert.Equal("'no-such-event' is not the id of any event", lookups[1].GetMessage());
    }

    [Fact]
    public void KB0702_lookup_of_a_shared_name()
    {
        const string code = """
            using UserProject;
            public static class Lookups
            {
                public static object Shared() => Actors.Get("general");
                public static object SharedName() => Actors.Get("GENERAL!");
                public static object ById() => Actors.Get("general-two");
            }
            """;
        var run = KnowledgeHarness.Run(CleanBase.Append((Bad, SecondGeneral)), userCode: code);

        // "general" is an id, and an id is found before any name; "GENERAL!" is only a name, and two actors have it.
        var lookup = Assert.Single(run.AnalyzerDiagnostics, d => d.Id.StartsWith("KB07"));
        Assert.Equal("KB0702", lookup.Id);
        Assert.Equal(DiagnosticSeverity.Error, lookup.Severity);
        Assert.Equal(5, lookup.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal("'GENERAL!' is a name or alias of more than one actor ('general', 'general-two'); look one up by its id", lookup.GetMessage());
    }

    [Fact]
    public void Every_descriptor_in_the_catalogue_has_a_rule_test()
    {
        var tested = typeof(RuleTests).GetMethods().Select(m => m.Name).Where(n => n.StartsWith("KB")).Select(n => n[..6]).ToHashSet();
        var catalogue = Diagnostics.DiagnosticDescriptors.ById.Keys.Where(id => !id.StartsWith("KB09")); // options: DiagnosticTests
        Assert.Equal([], catalogue.Where(id => !tested.Contains(id)).Order().ToArray());
    }
}
