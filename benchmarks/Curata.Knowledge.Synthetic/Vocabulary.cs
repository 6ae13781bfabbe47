using System.Text.Json;

namespace Curata.Knowledge.Synthetic;

/// <summary>What kind of participants an event type calls for.</summary>
internal enum EventCategory { Attack, Clashes, Campaign, Talks, Visit, Statement, Deployment, Election, Protest, Ceasefire }

/// <summary>The fixed vocabulary every synthetic base carries: event types, participant roles and predicates.</summary>
internal static class Vocabulary
{
    public sealed record EventTypeEntry(string Id, string Name, string? Parent, string Description, EventCategory Category, int Weight, bool IsCampaign);

    public sealed record PredicateEntry(string Id, string Name, string Description, string? InverseOf, bool Symmetric, bool Acyclic,
        string[] ConflictsWith, string[] SubjectKinds, string[] ObjectKinds, int Weight);

    public static readonly string[] ActorKinds =
        { "person", "state", "government-body", "political-party", "coalition", "armed-group", "military-unit", "organisation", "media" };

    // Percent of actors of each kind, in the order of ActorKinds.
    public static readonly int[] ActorKindWeights = { 55, 5, 10, 5, 2, 10, 5, 5, 3 };

    public static readonly string[] Institutions =
        { "state", "government-body", "political-party", "coalition", "armed-group", "military-unit", "organisation", "media", "other" };

    public static readonly EventTypeEntry[] EventTypes =
    {
        new("attack", "Attack", null, "A use of force by one actor against another, by any means.", EventCategory.Attack, 2, false),
        new("military-strike", "Military strike", "attack", "A strike by armed forces on a target.", EventCategory.Attack, 6, false),
        new("airstrike", "Airstrike", "military-strike", "A strike delivered from the air by aircraft or missiles.", EventCategory.Attack, 12, false),
        new("drone-strike", "Drone strike", "military-strike", "A strike carried out with an armed or one-way attack drone.", EventCategory.Attack, 10, false),
        new("assassination", "Assassination", "attack", "The deliberate killing of a specific, usually prominent, person.", EventCategory.Attack, 2, false),
        new("bombing", "Bombing", "attack", "An attack with explosives, whether planted, thrown or dropped.", EventCategory.Attack, 6, false),
        new("armed-clashes", "Armed clashes", null, "Repeated exchanges of fire between opposing armed actors.", EventCategory.Clashes, 10, false),
        new("military-campaign", "Military campaign", null, "A sustained series of military operations pursued toward a goal.", EventCategory.Campaign, 3, true),
        new("territorial-capture", "Territorial capture", "military-campaign", "An armed actor seizing and holding territory.", EventCategory.Attack, 2, false),
        new("war", "War", null, "Large-scale, sustained armed conflict between organised belligerents.", EventCategory.Clashes, 1, true),
        new("military-deployment", "Military deployment", null, "The stationing of an armed force on territory, usually abroad.", EventCategory.Deployment, 4, false),
        new("withdrawal", "Withdrawal", null, "An armed force pulling out of a territory, fully or in part.", EventCategory.Deployment, 3, false),
        new("visit", "Visit", null, "An official or notable trip by an actor to a place or to another actor.", EventCategory.Visit, 8, false),
        new("meeting", "Meeting", null, "A gathering of actors for talks.", EventCategory.Talks, 8, false),
        new("negotiation", "Negotiation", null, "Talks between parties seeking an agreement.", EventCategory.Talks, 6, false),
        new("government-formation", "Government formation", null, "The assembling of a new government or cabinet.", EventCategory.Election, 1, false),
        new("election", "Election", null, "A vote to choose office holders or a legislature.", EventCategory.Election, 1, false),
        new("public-statement", "Public statement", null, "The issuing of a statement as a notable act in itself.", EventCategory.Statement, 8, false),
        new("statement-campaign", "Statement campaign", null, "A sustained exchange of public statements, such as a war of words.", EventCategory.Statement, 2, true),
        new("pressure-campaign", "Pressure campaign", null, "A sustained political effort to push another actor toward a decision.", EventCategory.Campaign, 2, true),
        new("protest", "Protest", null, "A public demonstration of dissent.", EventCategory.Protest, 5, false),
        new("ceasefire", "Ceasefire", null, "An agreed or declared halt to fighting.", EventCategory.Ceasefire, 2, false),
    };

    public static readonly (string Id, string Name, string Description)[] ParticipantRoles =
    {
        ("perpetrator", "Perpetrator", "The actor that carries out an attack or other hostile act."),
        ("target", "Target", "The actor an attack, strike or campaign is directed at."),
        ("victim", "Victim", "An actor harmed or killed in the event."),
        ("belligerent", "Belligerent", "A party fighting in a war or armed clashes."),
        ("host", "Host", "The actor receiving a visit or on whose territory something takes place."),
        ("visitor", "Visitor", "The actor making a visit."),
        ("negotiating-party", "Negotiating party", "A party to talks or negotiations."),
        ("mediator", "Mediator", "A third party facilitating talks between others."),
        ("initiator", "Initiator", "The actor that starts or drives the event."),
        ("addressee", "Addressee", "The actor a demand, pressure or message is aimed at."),
        ("speaker", "Speaker", "The actor who issues a statement."),
        ("deployed-force", "Deployed force", "The armed force that is stationed, deployed or withdrawn."),
        ("subject", "Subject", "The actor the event is about, or that the event creates, changes or ends."),
    };

    private static readonly string[] Any = System.Array.Empty<string>();
    private static readonly string[] Person = { "person" };
    private static readonly string[] State = { "state" };
    private static readonly string[] Commandable = { "military-unit", "armed-group", "government-body" };

    public static readonly PredicateEntry[] Predicates =
    {
        new("backs", "backs", "Gives material, military or political backing to the object.", "backed-by", false, false, new[] { "opposes" }, Any, Any, 15),
        new("backed-by", "backed by", "Receives backing from the object.", "backs", false, false, Any, Any, Any, 2),
        new("supports", "supports", "Politically supports the object.", null, false, false, new[] { "opposes" }, Any, Any, 8),
        new("opposes", "opposes", "Works or stands against the object, politically or by force.", null, false, false, new[] { "backs", "supports" }, Any, Any, 15),
        new("allied-with", "allied with", "In an alliance with the object.", null, true, false, new[] { "enemy-of" }, Any, Any, 6),
        new("enemy-of", "enemy of", "In open hostility with the object.", null, true, false, new[] { "allied-with" }, Any, Any, 4),
        new("has-close-ties-with", "has close ties with", "Has close ties with the object, short of an alliance.", null, true, false, Any, Any, Any, 8),
        new("member-of", "member of", "Belongs to the object as a member.", "has-member", false, true, Any, Any, Institutions, 12),
        new("has-member", "has member", "Counts the object among its members.", "member-of", false, true, Any, Institutions, Any, 3),
        new("leads", "leads", "Heads or is one of the leaders of the object.", "led-by", false, false, Any, Person, Institutions, 8),
        new("led-by", "led by", "Is headed by the object.", "leads", false, false, Any, Institutions, Person, 2),
        new("commands", "commands", "Holds military command over the object.", "commanded-by", false, false, Any, Person, Commandable, 5),
        new("commanded-by", "commanded by", "Is under the military command of the object.", "commands", false, false, Any, Commandable, Person, 1),
        new("part-of", "part of", "Is a component, branch or subdivision of the object.", "has-part", false, true, Any, Institutions, Institutions, 6),
        new("has-part", "has part", "Has the object as a component, branch or subdivision.", "part-of", false, true, Any, Institutions, Institutions, 2),
        new("hosts-troops-of", "hosts troops of", "Has troops of the object stationed on its territory.", "has-troops-in", false, false, Any, State, State, 3),
        new("has-troops-in", "has troops in", "Has troops stationed on the territory of the object.", "hosts-troops-of", false, false, Any, State, State, 1),
    };

    public static void Write(Utf8JsonWriter w)
    {
        w.WriteStartArray("eventTypes");
        foreach (var t in EventTypes)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteString("name", t.Name);
            if (t.Parent != null) w.WriteString("parent", t.Parent);
            w.WriteString("description", t.Description);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("participantRoles");
        foreach (var (id, name, description) in ParticipantRoles)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("name", name);
            w.WriteString("description", description);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("predicates");
        foreach (var p in Predicates)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            w.WriteString("description", p.Description);
            if (p.Symmetric) w.WriteBoolean("symmetric", true);
            if (p.InverseOf != null) w.WriteString("inverseOf", p.InverseOf);
            if (p.Acyclic) w.WriteBoolean("acyclic", true);
            WriteStrings(w, "conflictsWith", p.ConflictsWith);
            WriteStrings(w, "subjectKinds", p.SubjectKinds);
            WriteStrings(w, "objectKinds", p.ObjectKinds);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, string[] values)
    {
        if (values.Length == 0) return;
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
