using System.Globalization;
using System.Text;

namespace Curata.Knowledge.Synthetic;

/// <summary>The fixed pools names, places and sentences are drawn from. Plain ASCII names keep ids derivable; aliases and
/// texts carry non-ASCII letters and typographic punctuation, as curated files do.</summary>
internal static class Words
{
    public static readonly string[] FirstNames =
    {
        "Amira", "Hadi", "Layla", "Omar", "Samir", "Nadia", "Karim", "Yusuf", "Rana", "Tariq", "Elena", "Marco", "Sofia", "Daniel",
        "Grace", "Peter", "Hana", "Ali", "Zainab", "Mustafa", "Farah", "Ibrahim", "Noura", "Khalid", "Sara", "Jonas", "Ingrid",
        "Lukas", "Marta", "Pavel", "Olena", "Dmitri", "Aylin", "Emre", "Mei", "Kwame", "Amina", "Thabo", "Lucia", "Diego", "Camila",
        "Rashid", "Salma", "Youssef", "Leila", "Nikos", "Anna", "Tomas", "Fatima", "Hassan", "Miriam", "Victor", "Irina", "Bilal",
    };

    public static readonly string[] LastNames =
    {
        "Haddad", "al-Ameri", "Rahimi", "Khalil", "Mansour", "Saleh", "Nasser", "Darwish", "Hussein", "Qasim", "Novak", "Petrov",
        "Kowalski", "Moreau", "Rossi", "Okafor", "Mensah", "Silva", "Yilmaz", "Demir", "Lindqvist", "Brennan", "Abadi", "Jaber",
        "Karimi", "Tahir", "al-Sudani", "al-Rahim", "Farouk", "Bakr", "Shukri", "Esposito", "Marin", "Horvat", "Berg", "Adeyemi",
        "Costa", "Ivanova", "Sato", "Nguyen", "Osei", "Lopez", "Dahl", "Kovacs", "al-Hakim", "Zaidi", "Murad", "Aziz",
    };

    public static readonly string[] StemStarts =
        { "Val", "Kar", "Mor", "Tal", "Sen", "Ar", "Bel", "Dar", "Es", "Fal", "Gor", "Hal", "Ist", "Jor", "Kel", "Lun", "Mar", "Nor", "Os", "Pel", "Quar", "Ros", "Sal", "Tor", "Ul", "Ver", "Zan" };

    public static readonly string[] StemMiddles = { "do", "se", "a", "ri", "ta", "ve", "lo", "mi", "ra", "ne" };

    public static readonly string[] StateEndings = { "ria", "nia", "stan", "land", "ia", "mark", "ora", "esh" };

    public static readonly string[] TownEndings = { "abad", "ville", "burg", "iyah", "port", "kent", "ton", "ara", "dale", "ouk" };

    public static readonly string[] Directions = { "northern", "southern", "eastern", "western", "central", "north-eastern", "south-western" };

    public static readonly string[] Portfolios = { "Defence", "Foreign Affairs", "Interior", "Finance", "Energy", "Justice", "Health", "Information" };

    public static readonly string[] Bodies = { "National Security Council", "Council of Ministers", "Office of the Prime Minister", "Supreme Court", "Parliament", "Joint Operations Command", "Electoral Commission" };

    public static readonly string[] Adjectives = { "National", "Popular", "Democratic", "United", "Free", "Patriotic", "Islamic", "Socialist", "Progressive", "Independent", "Federal", "Revolutionary" };

    public static readonly string[] PartyNouns = { "Renewal Party", "Unity Movement", "Alliance", "Front", "Congress", "Justice Party", "Reform Bloc", "Liberation Party" };

    public static readonly string[] ArmedNouns = { "Brigades", "Resistance Front", "Defence Forces", "Mobilisation Units", "Liberation Army", "Guards", "Hezbollah", "Militia" };

    public static readonly string[] UnitNouns = { "Armoured Brigade", "Infantry Division", "Special Forces Group", "Air Defence Battalion", "Border Guard Regiment", "Rapid Reaction Force" };

    public static readonly string[] Ordinals = { "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Ninth", "Eleventh", "Fourteenth", "Twentieth" };

    public static readonly string[] OrganisationNouns = { "Relief Agency", "Institute for Strategic Studies", "Human Rights Watch Group", "Red Crescent Society", "Reconstruction Fund", "Centre for Conflict Research", "Oil Company" };

    public static readonly string[] MediaNouns = { "Gazette", "Herald", "Broadcasting Corporation", "News Agency", "Times", "Radio", "Observer" };

    public static readonly string[] Publishers = { "Harbour Gazette", "Continental Press Agency", "Evening Herald", "Daily Ledger", "Regional Broadcasting Service", "Morning Observer", "Wire Service International" };

    public static readonly string[] Languages = { "en", "en", "en", "fr", "ar", "de", "es" };

    public static readonly string[] Topics =
    {
        "the withdrawal of foreign troops", "the ceasefire", "the strike on the border crossing", "the talks on troop numbers",
        "the new government", "the attacks on the bases", "the disputed election", "the closure of the airport", "the release of prisoners",
        "the reconstruction budget", "the sanctions", "the drone attacks", "the security agreement", "the refugee camps",
    };

    public static readonly string[] StatementTopicWords = { "warns", "denies", "demands", "on-talks", "on-strike", "on-troops", "condemns", "welcomes", "rejects", "calls-for-calm", "vows", "says" };

    public static readonly string[] QuotationSentences =
    {
        "We will not allow {place} to become a battlefield for other people\u2019s wars.",
        "Our position has not changed: foreign forces must leave {state} within a clear and agreed timetable.",
        "The attack on {place} was a flagrant violation of our sovereignty, and it will not go unanswered.",
        "There will be a response, at a time and place of our choosing.",
        "We call on all parties to exercise restraint and to return to the negotiating table.",
        "Those responsible for the killing of {n} people in {place} will be held to account \u2014 every one of them.",
        "The talks with {actor} are continuing, and we expect results within weeks, not months.",
        "Nobody in this government ordered the strike, and nobody here was told about it in advance.",
        "We have said it many times: we are not a party to this conflict.",
        "Let me be clear. The security of our people comes before any agreement.",
        "What happened in {place} is a tragedy, and our thoughts are with the families of the victims.",
        "The era of \"exceptions\" is over; every armed group must answer to the state.",
    };

    public static readonly string[] ParaphraseSentences =
    {
        "Said the government would not accept any attack launched from its territory against {actor}.",
        "Warned that further strikes on {place} could draw the country into a wider regional war.",
        "Denied any role in the drone attack near {place} and blamed a splinter faction.",
        "Described the strike as \"a dangerous escalation\" and demanded an investigation.",
        "Called for talks on {topic} to resume without preconditions.",
        "Said that at least {n} people had been killed and that the toll was likely to rise.",
        "Argued that {topic} was a matter for the elected government alone.",
        "Accused {actor} of provoking the clashes to delay {topic}.",
        "Welcomed the agreement on {topic} but said its implementation would be watched closely.",
        "Rejected reports that forces loyal to {actor} had been moved towards {place}.",
        "Said the security forces had regained control of {place} after two days of fighting.",
    };

    public static readonly string[] SummarySentences =
    {
        "Witnesses reported explosions near {place} shortly before dawn.",
        "The operation followed weeks of rising tension between {actor} and its rivals.",
        "Officials gave conflicting accounts of the number of dead.",
        "The government said it had not been informed in advance.",
        "Local media described the damage as extensive.",
        "Talks on {topic} were suspended in the aftermath.",
        "The fighting spread to neighbouring districts over the following days.",
        "Diplomats from several countries were present as observers.",
    };

    public static readonly string[] DescriptionSentences =
    {
        "Active mainly in {place} and the surrounding province.",
        "Widely seen as close to {actor}.",
        "Rose to prominence during the crisis over {topic}.",
        "Named repeatedly in reporting on {topic}.",
        "Its leadership has changed several times since it was founded.",
        "Regarded by analysts as one of the more influential voices on {topic}.",
    };

    public static readonly string[] Headlines =
    {
        "{state} and {state2} trade accusations after strike near {place}",
        "Progress on {topic} stalls as violence flares in {place}",
        "How {actor} became a power broker in {state}",
        "Dozens killed in {place}; government vows response",
        "{state} caught between rival patrons over {topic}",
        "Analysis: what {topic} means for the region",
    };

    public static readonly string[] VictimPhrases = { "civilians", "soldiers", "members of the militia", "police officers", "fighters", "passers-by", "aid workers" };

    public static readonly string[] CitationNotes = { "figure given by the health ministry", "attributed to an unnamed official", "the source hedges this", "translated from the original", "paraphrased in the source" };

    public static readonly string[] AliasScripts = { "\u0647\u0627\u062F\u064A", "\u0639\u0644\u064A", "\u0644\u064A\u0644\u0649", "\u0639\u0645\u0631", "\u041E\u043B\u0435\u043D\u0430", "\u0414\u043C\u0438\u0442\u0440\u0438\u0439" };

    /// <summary>The id words of a name: lower-case ASCII letter runs; runs with digits are dropped, so ids stay valid and their
    /// Pascal-case forms stay distinct (capitals mark every word boundary).</summary>
    public static string Slug(string name, int maxWords)
    {
        var builder = new StringBuilder(name.Length);
        var words = 0;
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0) return;
            if (words < maxWords)
            {
                if (builder.Length > 0) builder.Append('-');
                builder.Append(word);
                words++;
            }
            word.Clear();
        }
        var hasDigit = false;
        foreach (var c in name)
        {
            if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') word.Append(char.ToLowerInvariant(c));
            else if (c is >= '0' and <= '9') hasDigit = true;
            else
            {
                if (hasDigit) word.Clear();
                hasDigit = false;
                Flush();
            }
        }
        if (hasDigit) word.Clear();
        Flush();
        return builder.Length == 0 ? "fact" : builder.ToString();
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Fills the slots of a template sentence.</summary>
    public static string Fill(string template, ref Rng rng, TextContext context)
    {
        if (template.IndexOf('{') < 0) return template;
        return template
            .Replace("{place}", context.Place(ref rng))
            .Replace("{state2}", context.State(ref rng))
            .Replace("{state}", context.State(ref rng))
            .Replace("{actor}", context.Actor(ref rng))
            .Replace("{topic}", rng.Pick(Topics))
            .Replace("{n}", Number(rng.Between(2, 60)));
    }

    /// <summary>Sentences from <paramref name="pool"/> until the text is at least <paramref name="min"/> characters, cut at a word
    /// boundary to at most <paramref name="max"/>.</summary>
    public static string Text(string[] pool, ref Rng rng, TextContext context, int min, int max)
    {
        var builder = new StringBuilder(max + 80);
        var last = -1;
        while (builder.Length < min)
        {
            if (builder.Length > 0) builder.Append(' ');
            var next = rng.Next(pool.Length);
            if (next == last) next = (next + 1) % pool.Length; // no sentence twice in a row
            last = next;
            builder.Append(Fill(pool[next], ref rng, context));
        }
        if (builder.Length <= max) return builder.ToString();
        var cut = builder.ToString(0, max - 1);
        var space = cut.LastIndexOf(' ');
        if (space > min / 2) cut = cut.Substring(0, space);
        return cut.TrimEnd(',', ';', ':', ' ', '\u2014') + ".";
    }
}

/// <summary>What a sentence's slots may name: actors and states of the base being generated, and invented places.</summary>
internal sealed class TextContext
{
    private readonly string[] _actorNames;
    private readonly string[] _stateNames;

    public TextContext(string[] actorNames, string[] stateNames)
    {
        _actorNames = actorNames;
        _stateNames = stateNames;
    }

    public string Actor(ref Rng rng) => _actorNames[rng.Skewed(_actorNames.Length)];

    public string State(ref Rng rng) => _stateNames.Length == 0 ? "the country" : _stateNames[rng.Next(_stateNames.Length)];

    public string Place(ref Rng rng) => Town(ref rng) + ", " + rng.Pick(Words.Directions) + " " + State(ref rng);

    public static string Town(ref Rng rng) => rng.Pick(Words.StemStarts) + rng.Pick(Words.StemMiddles) + rng.Pick(Words.TownEndings);
}
