using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;

namespace Curata.Knowledge.Tool.Tests.Explore;

/// <summary>
/// A page as Chromium serialised it, read the way a reader sees it: the text of elements (tags gone, entities decoded,
/// white space collapsed), found by tag and a piece of their start tag (<c>class="timeline-item</c>, <c>data-fact="x"</c>).
/// Enough for the explorer's own markup, whose elements of one tag do not nest in the ones the tests look at.
/// </summary>
internal sealed class RenderedPage
{
    private readonly string _html;

    public RenderedPage(string html) => _html = html;

    /// <summary>What the body says, as text.</summary>
    public string Text => TextOf(Regex.Match(_html, "<body[^>]*>(.*)</body>", RegexOptions.Singleline).Groups[1].Value);

    /// <summary>Every element of <paramref name="tag"/> whose start tag contains <paramref name="startTagPart"/>.</summary>
    public IReadOnlyList<Element> All(string tag, string startTagPart = "")
    {
        var found = new List<Element>();
        foreach (Match start in Regex.Matches(_html, $"<{tag}(\\s[^>]*)?>", RegexOptions.IgnoreCase))
        {
            if (!start.Value.Contains(startTagPart, StringComparison.Ordinal)) continue;
            found.Add(new Element(start.Value, Inner(tag, start.Index + start.Length)));
        }
        return found;
    }

    public Element Single(string tag, string startTagPart)
    {
        var all = All(tag, startTagPart);
        Assert.True(all.Count == 1, $"Expected one <{tag}> with '{startTagPart}', found {all.Count}.");
        return all[0];
    }

    // Up to the matching end tag, counting nested elements of the same tag.
    private string Inner(string tag, int from)
    {
        var depth = 1;
        var tags = new Regex($"<(/?){tag}(\\s[^>]*)?>", RegexOptions.IgnoreCase);
        for (var match = tags.Match(_html, from); match.Success; match = match.NextMatch())
        {
            depth += match.Groups[1].Value.Length == 0 ? 1 : -1;
            if (depth == 0) return _html.Substring(from, match.Index - from);
        }
        return _html.Substring(from);
    }

    public static string TextOf(string html)
    {
        var withoutScripts = Regex.Replace(html, "<script[^>]*>.*?</script>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        // Inline elements join their neighbours ("Tavsk, Marn District"); the others stand apart as separate blocks or labels.
        var separated = Regex.Replace(withoutScripts, "</?(?:a|strong|em|mark|b|i)(?:\\s[^>]*)?>", "", RegexOptions.IgnoreCase);
        var text = WebUtility.HtmlDecode(Regex.Replace(separated, "<[^>]+>", " "));
        return Regex.Replace(text, "\\s+", " ").Trim();
    }

    /// <summary>One element: its start tag (for attributes) and its content.</summary>
    public sealed record Element(string StartTag, string InnerHtml)
    {
        public string Text => TextOf(InnerHtml);

        public bool HasClass(string name) =>
            Regex.Match(StartTag, "class=\"([^\"]*)\"").Groups[1].Value.Split(' ').Contains(name);

        public bool IsHidden => Regex.IsMatch(StartTag, "\\shidden(=|\\s|>)");

        public string? Attribute(string name)
        {
            var match = Regex.Match(StartTag, $"\\s{name}=\"([^\"]*)\"");
            return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
        }
    }
}
