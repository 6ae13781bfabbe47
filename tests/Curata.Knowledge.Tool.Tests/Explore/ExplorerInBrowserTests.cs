using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Curata.Knowledge.Tool.Tests.Explore;

/// <summary>
/// The explorer as a reader sees it in a real browser (headless Chromium, scripts run): what each view says and draws, and a
/// screenshot of each kind of page, kept under TestResults/explorer-screenshots.
/// </summary>
public sealed class ExplorerInBrowserTests : IClassFixture<ExplorerSites>
{
    private readonly ExplorerSites _sites;

    public ExplorerInBrowserTests(ExplorerSites sites) => _sites = sites;

    private static RenderedPage Open(string site, string page, string? fragment = null, string? screenshot = null)
    {
        var url = Chromium.FileUrl(Path.Combine(site, page), fragment);
        if (screenshot != null) Chromium.Screenshot(url, Path.Combine(ExplorerSites.ScreenshotFolder, screenshot));
        return new RenderedPage(Chromium.DumpDom(url));
    }

    [Fact]
    public void The_timeline_says_dates_in_words_and_draws_approximate_and_open_dates_as_such()
    {
        var timeline = Open(_sites.Seed, "timeline.html", screenshot: "timeline.png");

        var presence = timeline.Single("li", "data-fact=\"us-troop-presence-in-iraq\"");
        Assert.StartsWith("US troop presence in Iraq Since 2003", presence.Text);
        Assert.Contains("no known end", presence.Text);
        var openBar = new RenderedPage(presence.InnerHtml).Single("rect", "open-end-bar");
        Assert.Equal("url(#fade-out)", openBar.Attribute("fill"));
        Assert.Equal(640, Number(openBar, "x") + Number(openBar, "width"), 1);
        Assert.Single(new RenderedPage(presence.InnerHtml).All("path", "class=\"arrow\""));

        var northern = timeline.Single("li", "data-fact=\"islamic-state-capture-of-northern-iraq\"");
        Assert.True(northern.HasClass("approximate"));
        Assert.Contains("Around 2014", northern.Text);
        Assert.Contains("approximate date", northern.Text);
        Assert.Equal(2, new RenderedPage(northern.InnerHtml).All("rect", "class=\"fringe\"").Count);

        Assert.Contains("From October 2023", timeline.Single("li", "data-fact=\"israeli-bombing-and-invasion-of-gaza\"").Text);
        Assert.Contains("From 29 January to 4 February 2024", timeline.Single("li", "data-fact=\"qaani-visit-baghdad-2024\"").Text);
        Assert.DoesNotMatch("~|\\.\\.|\\d{4}-\\d{2}", timeline.Text);

        // A year is a bar from one year's tick on the ruler to the next.
        var withdrawal = new RenderedPage(timeline.Single("li", "data-fact=\"us-withdrawal-from-iraq-2011\"").InnerHtml).Single("rect", "class=\"span\"");
        Assert.Equal(TickAt(timeline, "2011-01-01"), Number(withdrawal, "x"), 1);
        Assert.Equal(TickAt(timeline, "2012-01-01"), Number(withdrawal, "x") + Number(withdrawal, "width"), 1);
    }

    [Fact]
    public void A_month_is_a_month_long_bar_and_a_time_of_day_is_placed_within_its_day()
    {
        var timeline = Open(_sites.Harbour, "timeline.html");

        var strike = timeline.Single("li", "data-fact=\"harbour-strike\"");
        Assert.Contains("February 2024", strike.Text);
        var bar = new RenderedPage(strike.InnerHtml).Single("rect", "class=\"span\"");
        Assert.Equal(TickAt(timeline, "2024-02-01"), Number(bar, "x"), 1);
        Assert.Equal(TickAt(timeline, "2024-03-01"), Number(bar, "x") + Number(bar, "width"), 1);

        var talks = timeline.Single("li", "data-fact=\"harbour-talks\"");
        Assert.Contains("5 March 2024 at 14:00 UTC", talks.Text);
        var moment = new RenderedPage(talks.InnerHtml).Single("circle", "class=\"moment\"");
        Assert.Equal(14 / 24.0 * 120, Number(moment, "cx"), 1);
    }

    [Fact]
    public void The_network_at_a_date_hides_a_relation_that_had_ended_and_keeps_what_may_still_hold()
    {
        var before = Open(_sites.ConflictEvents, "network.html", "date=2021-06-01");
        var after = Open(_sites.ConflictEvents, "network.html", "date=2023-01-01", screenshot: "network-on-1-january-2023.png");
        var undated = Open(_sites.ConflictEvents, "network.html");

        // Ostrel Liberation Front and Saranth People's Army: allied from November 2020 to September 2022, then enemies.
        Assert.False(Listed(before, "olf-allied-with-spa").IsHidden);
        Assert.True(Listed(before, "olf-opposes-spa").IsHidden);
        Assert.True(Listed(after, "olf-allied-with-spa").IsHidden);
        Assert.True(after.Single("g", "data-relation=\"olf-allied-with-spa\"").HasClass("excluded"));
        Assert.False(Listed(after, "olf-opposes-spa").IsHidden);
        Assert.False(after.Single("g", "data-relation=\"olf-opposes-spa\"").HasClass("excluded"));
        Assert.Equal("Ostrel Liberation Front — opposes — Saranth People's Army, from October 2022 details", Listed(after, "olf-opposes-spa").Text);
        Assert.Contains("opposes, from October 2022", after.Single("g", "data-relation=\"olf-opposes-spa\"").Text);

        var total = undated.All("li", "data-relation=").Count;
        Assert.Equal($"Showing all {total} relations. Pick a date to see what may have held then.", undated.Single("p", "id=\"network-status\"").Text);
        var shown = after.All("li", "data-relation=").Count(l => !l.IsHidden);
        Assert.Equal($"Showing {shown} of {total} relations: those that may have held on 1 January 2023.", after.Single("p", "id=\"network-status\"").Text);
        Assert.All(undated.All("li", "data-relation="), l => Assert.False(l.IsHidden));
    }

    [Fact]
    public void An_event_page_gives_the_total_its_breakdown_and_the_disputing_accounts_with_source_titles()
    {
        var page = Open(_sites.ConflictEvents, "facts/tavsk-shelling-2022-03.html", screenshot: "event.png");

        var deaths = page.Single("section", "class=\"fatalities\"");
        Assert.Contains("Total: about 14, between 12 and 19 Source: Fictional Conflict Event Dataset, version 24.1", deaths.Text);
        var breakdown = new RenderedPage(deaths.InnerHtml).All("ul", "class=\"breakdown\"")[0];
        Assert.Equal(["Ostrel Liberation Front: 5", "Civilians: 8", "Unknown affiliation: 1"], new RenderedPage(breakdown.InnerHtml).All("li").Select(l => l.Text));
        var dispute = new RenderedPage(new RenderedPage(deaths.InnerHtml).Single("ul", "class=\"alternatives\"").InnerHtml).All("li").First();
        Assert.StartsWith("23 Source: Civilian harm in the Marnic conflicts, 2022, paragraph 4", dispute.Text);
        Assert.Contains("Civilians: 21 — residents of the old town, 7 of them children", dispute.Text);
        Assert.Contains("When From 2 March to 5 March 2022", page.Text);
        Assert.Contains("Where Tavsk, Marn District, Ostrel Province, Velmora", page.Text);
        Assert.DoesNotContain("marnic-casualty-monitor-2023", page.Text);
    }

    [Fact]
    public void A_quotation_page_shows_the_cited_paragraph_with_the_quotation_marked()
    {
        Assert.Equal(0, _sites.HarbourErrors);

        var page = Open(_sites.Harbour, "facts/petrov-will-not-sign.html", screenshot: "quotation.png");

        var context = page.Single("section", "class=\"in-context\"");
        Assert.Contains("Harbour talks end without agreement, paragraph 2", context.Text);
        Assert.Contains("Mayor Ana Petrov left the harbour office shortly after two. \"We will not sign anything today,\" she told reporters", context.Text);
        Assert.Equal("We will not sign anything today", page.Single("mark", "class=\"quotation\"").Text);
        Assert.Contains("Said by Ana Petrov", page.Text);
        Assert.Contains("When 5 March 2024", page.Text);
    }

    [Fact]
    public void Search_finds_names_aliases_and_statements()
    {
        var byName = Open(_sites.Seed, "search.html", "q=ameri", screenshot: "search.png");
        var byAlias = Open(_sites.Seed, "search.html", "q=tehran");
        var byWords = Open(_sites.Seed, "search.html", "q=self-fulfilling");

        var names = byName.All("li", "class=\"search-result\"").Select(r => r.Text).ToList();
        Assert.Equal("Hadi al-Ameri Actor", names[0]);
        Assert.Contains(names, n => n.StartsWith("Hadi al-Ameri: We do not believe in negotiations Quotation", StringComparison.Ordinal));
        Assert.Equal($"{names.Count} results for \u201Cameri\u201D.", byName.Single("p", "id=\"search-status\"").Text);
        Assert.Contains("Iran Actor Also known as Tehran", byAlias.All("li", "class=\"search-result\"").Select(r => r.Text));
        var statement = Assert.Single(byWords.All("li", "class=\"search-result\""));
        Assert.Equal("self-fulfilling", new RenderedPage(statement.InnerHtml).Single("mark", "class=\"hit\"").Text);
    }

    [Fact]
    public void Every_kind_of_page_renders_and_has_a_screenshot()
    {
        var pages = new (string Site, string Page, string Screenshot, string Says)[]
        {
            (_sites.Seed, "index.html", "overview.png", "Knowledge explorer"),
            (_sites.Seed, "facts/iran-backed-iraqi-militias.html", "actor.png", "Iran-backed Iraqi militias — opposes — United States military, from 17 October 2023"),
            (_sites.Seed, "facts/iran-backed-militias-oppose-us-military.html", "relation.png", "Curator's note: Expressed through the campaign"),
            (_sites.Seed, "facts/iraq-balancing-act-2024-02-07.html", "source.png", "Published 7 February 2024"),
            (_sites.ConflictEvents, "facts/kepra.html", "place.png", "Lies in Kepra District › Ostrel Province › Velmora What happened here Armed clash in Kepra, from 3 May to 5 May 2022 "),
            (_sites.ConflictEvents, "facts/ostrel-liberation-front.html", "actor-in-events.png", "Lirova, 18 January 2022 \u2014 as side B"),
            (_sites.ConflictEvents, "facts/velmora-ostrel-conflict.html", "declared-kind.png", "Conflict"),
        };
        foreach (var (site, page, screenshot, says) in pages)
        {
            var rendered = Open(site, page, screenshot: screenshot);
            Assert.Contains(says, rendered.Text);
            var png = File.ReadAllBytes(Path.Combine(ExplorerSites.ScreenshotFolder, screenshot));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4));
            Assert.Equal(1280, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        }
    }

    private static RenderedPage.Element Listed(RenderedPage page, string relation) => page.Single("li", $"data-relation=\"{relation}\"");

    // Where the ruler marks the start of a day.
    private static double TickAt(RenderedPage timeline, string day) =>
        Number(new RenderedPage(timeline.Single("svg", "class=\"ruler\"").InnerHtml).Single("line", $"data-date=\"{day}\""), "x1");

    private static double Number(RenderedPage.Element element, string attribute) =>
        double.Parse(element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
