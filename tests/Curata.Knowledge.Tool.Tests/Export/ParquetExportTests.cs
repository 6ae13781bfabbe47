using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Tool.Export;
using Apollo13Knowledge = Examples.Apollo13.KnowledgeBase;
using ConflictKnowledge = Examples.ConflictEvents.KnowledgeBase;
using SeedKnowledge = Seed.KnowledgeBase;

namespace Curata.Knowledge.Tool.Tests.Export;

/// <summary>
/// The Parquet export queried with DuckDB's <c>read_parquet</c>: each answer must equal the answer of the compiled typed API
/// of the same base (tests/Examples, src/Curata.Knowledge.Sample), which is what a user moving to SQL relies on.
/// </summary>
public sealed class ParquetExportTests : IClassFixture<ExportedBases>
{
    private static readonly KnowledgeGraph Seed = SeedKnowledge.Graph;
    private static readonly KnowledgeGraph Conflict = ConflictKnowledge.Graph;
    private readonly ExportedBases _exports;

    public ParquetExportTests(ExportedBases exports) => _exports = exports;

    private ParquetDatabase SeedTables() => new(_exports.Export(ExampleFolders.Seed, ExportFormat.Parquet));

    private ParquetDatabase ConflictTables() => new(_exports.Export(ExampleFolders.ConflictEvents, ExportFormat.Parquet));

    // ---- seed ----

    [Fact]
    public void Seed_events_per_type()
    {
        using var db = SeedTables();
        Assert.Equal(Seed.Events.GroupBy(e => e.Type.Id).ToDictionary(g => g.Key, g => (long)g.Count()),
            db.Counts("SELECT type, count(*) FROM events GROUP BY type"));
    }

    [Fact]
    public void Seed_quotations_per_speaker()
    {
        using var db = SeedTables();
        var expected = Seed.Statements.Where(s => s.IsQuotation).GroupBy(s => s.Speaker.Id).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, db.Counts("SELECT speaker_id, count(*) FROM statements WHERE mode = 'quotation' GROUP BY speaker_id"));
    }

    [Fact]
    public void Seed_relations_that_may_hold_on_a_date()
    {
        using var db = SeedTables();
        var day = new PartialDate(2021, 6, 1);
        var expected = Seed.RelationsOn(day, DateCertainty.Possibly).Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var rows = db.Rows("""
            SELECT id FROM relations
            WHERE span IS NULL OR ((span_earliest IS NULL OR span_earliest <= DATE '2021-06-01') AND (span_latest IS NULL OR span_latest >= DATE '2021-06-01'))
            ORDER BY id
            """).Select(r => (string)r[0]!).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < Seed.Relations.Count, "the date should rule some relations out");
        Assert.Equal(expected, rows.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Seed_events_per_actor_through_participants()
    {
        using var db = SeedTables();
        var expected = Seed.Actors.Where(a => a.Events.Any()).ToDictionary(a => a.Id, a => (long)a.Events.Count());
        Assert.Equal(expected, db.Counts("SELECT actor_id, count(DISTINCT event_id) FROM event_participants GROUP BY actor_id"));
    }

    [Fact]
    public void Seed_total_fatalities_count_each_event_once()
    {
        using var db = SeedTables();
        var expected = Seed.Events.Sum(e => (long)(e.Fatalities.Total?.Best ?? 0));
        Assert.True(expected > 0);
        Assert.Equal(expected, db.Scalar("SELECT coalesce(sum(count_best), 0) FROM event_fatalities WHERE position = 0"));
    }

    [Fact]
    public void Seed_actors_are_found_by_alias_and_have_their_citations()
    {
        using var db = SeedTables();
        var aliases = db.Rows("SELECT actor_id, value FROM actor_aliases");
        Assert.NotEmpty(aliases);
        foreach (var row in aliases)
        {
            Assert.True(Seed.TryGet<Actor>((string)row[1]!, out var actor), $"alias {row[1]}");
            Assert.Equal(row[0], actor!.Id);
        }
        var citations = db.Counts("SELECT fact_id, count(*) FROM citations WHERE fact_kind = 'actor' AND part IS NULL GROUP BY fact_id");
        Assert.Equal(Seed.Actors.Where(a => a.Citations.Count > 0).ToDictionary(a => a.Id, a => (long)a.Citations.Count), citations);
    }

    // ---- conflict events ----

    [Fact]
    public void Conflict_fatalities_per_country_through_the_place_hierarchy()
    {
        using var db = ConflictTables();
        var expected = Conflict.Places.Where(p => p.PlaceKind?.Id == "country")
            .ToDictionary(c => c.Id, c => Conflict.Events.Where(e => e.IsIn(c)).Sum(e => (long)(e.Fatalities.Total?.Best ?? 0)))
            .Where(kv => kv.Value > 0).ToDictionary(kv => kv.Key, kv => kv.Value);
        var answer = db.Counts("""
            WITH RECURSIVE within(place, country) AS (
                SELECT id, id FROM places WHERE kind = 'country'
                UNION ALL
                SELECT p.id, w.country FROM places p JOIN within w ON p.part_of_id = w.place
            ),
            event_country AS (
                SELECT DISTINCT ep.event_id, w.country FROM event_places ep JOIN within w ON ep.value = w.place
            )
            SELECT ec.country, sum(f.count_best) FROM event_country ec
            JOIN event_fatalities f ON f.event_id = ec.event_id AND f.position = 0
            GROUP BY ec.country HAVING sum(f.count_best) > 0
            """);
        Assert.True(expected.Count >= 2, "the sample has deaths in more than one country");
        Assert.Equal(expected, answer);
    }

    [Fact]
    public void Conflict_events_per_declared_conflict_reference()
    {
        using var db = ConflictTables();
        var expected = Conflict.Events.Select(e => e.GetValue("conflict") as Fact).Where(c => c != null)
            .GroupBy(c => c!.Id).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, db.Counts("SELECT conflict_id, count(*) FROM events WHERE conflict_id IS NOT NULL GROUP BY conflict_id"));
        Assert.Equal("BIGINT", db.ColumnType("events", "where_precision"));
        Assert.Equal(Conflict.Events.Where(e => e.GetValue("wherePrecision") is long n && n == 1).Count(),
            db.Scalar("SELECT count(*) FROM events WHERE where_precision = 1"));
    }

    [Fact]
    public void Conflict_declared_kind_with_enum_and_many_valued_references()
    {
        using var db = ConflictTables();
        var conflicts = Conflict.FactsOfKind("conflict");
        Assert.Equal(conflicts.GroupBy(c => (string)c.GetValue("violenceType")!).ToDictionary(g => g.Key, g => (long)g.Count()),
            db.Counts("SELECT violence_type, count(*) FROM conflicts GROUP BY violence_type"));
        var sides = conflicts.SelectMany(c => ((IEnumerable)c.GetValue("sideA")!).Cast<Fact>().Select(a => (c.Id, a.Id))).OrderBy(p => p).ToList();
        Assert.Equal(sides, db.Rows("SELECT conflict_id, value FROM conflict_side_a ORDER BY conflict_id, value")
            .Select(r => ((string)r[0]!, (string)r[1]!)).OrderBy(p => p).ToList());
        Assert.Equal("DATE", db.ColumnType("conflicts", "start_date_earliest"));
    }

    [Fact]
    public void Conflict_civilian_deaths_from_breakdowns_of_the_first_report()
    {
        using var db = ConflictTables();
        var expected = Conflict.Events.SelectMany(e => e.Fatalities.Breakdown).Where(s => s.Category == FatalityCategory.Civilians).Sum(s => (long)(s.Count.Best ?? 0));
        Assert.True(expected > 0);
        Assert.Equal(expected, db.Scalar("SELECT sum(count_best) FROM event_fatality_breakdown WHERE report = 0 AND category = 'civilians'"));
        Assert.Equal(Conflict.Events.Count(e => e.Fatalities.IsDisputed),
            db.Scalar("SELECT count(*) FROM (SELECT event_id FROM event_fatalities GROUP BY event_id HAVING count(*) > 1)"));
    }

    [Fact]
    public void Conflict_external_ids_with_urls_and_events_per_year()
    {
        using var db = ConflictTables();
        var expected = Conflict.Events.SelectMany(e => e.ExternalIds.Select(x => (e.Id, x.Scheme.Id, x.Value, x.Url?.ToString()))).OrderBy(x => x).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, db.Rows("SELECT fact_id, scheme, value, url FROM external_ids WHERE fact_kind = 'event'")
            .Select(r => ((string)r[0]!, (string)r[1]!, (string)r[2]!, (string?)r[3])).OrderBy(x => x).ToList());
        var perYear = Conflict.Events.Where(e => e.Date?.Earliest != null).GroupBy(e => e.Date!.Value.Earliest!.Value.Year.ToString())
            .ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(perYear, db.Counts("SELECT CAST(year(date_earliest) AS VARCHAR), count(*) FROM events WHERE date_earliest IS NOT NULL GROUP BY 1"));
    }

    [Fact]
    public void Decimal_integer_and_point_columns_keep_their_types()
    {
        using var db = ConflictTables();
        Assert.Equal("DOUBLE", db.ColumnType("places", "coordinates_latitude"));
        Assert.Equal("BIGINT", db.ColumnType("events", "side_a_injured_best"));
        Assert.Equal("BOOLEAN", db.ColumnType("predicates", "symmetric"));
        var velmora = Conflict.Places.Single(p => p.Id == "velmora").Coordinates!.Value;
        Assert.Equal(velmora.Latitude, (double)db.Rows("SELECT coordinates_latitude FROM places WHERE id = 'velmora'").Single()[0]!);
    }

    // ---- apollo 13: quantities, booleans, integers, dates and spans of declared kinds ----

    [Fact]
    public void Apollo13_declared_quantities_booleans_and_spans_keep_value_and_type()
    {
        using var db = new ParquetDatabase(_exports.Export(ExampleFolders.Apollo13, ExportFormat.Parquet));
        var spacecraft = Apollo13Knowledge.Graph.FactsOfKind("spacecraft");
        Assert.Equal("DECIMAL(38,18)", db.ColumnType("spacecraft", "landing_mass_amount"));
        Assert.Equal("BOOLEAN", db.ColumnType("spacecraft", "recovered"));
        var expected = spacecraft.Select(c => $"{c.Id}|{(c.GetValue("landingMass") as Quantity?)?.Amount:0.###}|{(c.GetValue("landingMass") as Quantity?)?.Unit}|{c.GetValue("recovered")}|{c.GetValue("crewCapacity")}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Contains(expected, line => line.Split('|')[1].Length > 0);
        var rows = db.Rows("SELECT id, landing_mass_amount, landing_mass_unit, recovered, crew_capacity FROM spacecraft")
            .Select(r => $"{r[0]}|{(r[1] is decimal mass ? mass.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "")}|{r[2]}|{(r[3] is bool b ? b.ToString() : "")}|{r[4]}")
            .OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows);
        var phases = Apollo13Knowledge.Graph.FactsOfKind("mission-phase")
            .Where(p => p.GetValue("period") is DateSpan)
            .ToDictionary(p => p.Id, p => ((DateSpan)p.GetValue("period")!).Earliest);
        Assert.NotEmpty(phases);
        Assert.Equal(phases, db.Rows("SELECT id, period_earliest FROM mission_phases WHERE period IS NOT NULL")
            .ToDictionary(r => (string)r[0]!, r => r[1] is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : (DateTime?)r[1]));
    }
}
