// The closed vocabularies of the knowledge format. The generator links this file too, so the JSON spelling of each member
// (its name in kebab case: ArmedGroup is "armed-group") is checked against exactly these enums. In the generator they live in
// another namespace, so a project that references both assemblies sees one ActorKind.
#if KNOWLEDGE_GENERATOR
namespace Curata.Knowledge.Generators.Model
#else
namespace Curata.Knowledge
#endif
{
    /// <summary>What sort of actor a fact describes.</summary>
    public enum ActorKind
    {
        /// <summary>A human being.</summary>
        Person,
        /// <summary>A sovereign state.</summary>
        State,
        /// <summary>A ministry, office, agency or other organ of a government.</summary>
        GovernmentBody,
        /// <summary>A political party.</summary>
        PoliticalParty,
        /// <summary>A coalition or alliance of parties or groups.</summary>
        Coalition,
        /// <summary>A non-state armed group or militia.</summary>
        ArmedGroup,
        /// <summary>A unit or branch of a state's forces.</summary>
        MilitaryUnit,
        /// <summary>A think tank, university, company, charity or similar body.</summary>
        Organisation,
        /// <summary>A news organisation.</summary>
        Media,
        /// <summary>Anything else.</summary>
        Other,
    }

    /// <summary>What sort of document a source is.</summary>
    public enum SourceKind
    {
        /// <summary>A news article.</summary>
        NewsArticle,
        /// <summary>A press release.</summary>
        PressRelease,
        /// <summary>An official statement.</summary>
        OfficialStatement,
        /// <summary>A report.</summary>
        Report,
        /// <summary>An interview.</summary>
        Interview,
        /// <summary>A post on social media.</summary>
        SocialMediaPost,
        /// <summary>A book.</summary>
        Book,
        /// <summary>A data set.</summary>
        Dataset,
        /// <summary>Anything else.</summary>
        Other,
    }

    /// <summary>What tie a role expresses between its holder and an institution.</summary>
    public enum RoleKind
    {
        /// <summary>Holds an office (prime minister, minister).</summary>
        HoldsOffice,
        /// <summary>Leads the institution.</summary>
        Leads,
        /// <summary>Directs a programme or department.</summary>
        Directs,
        /// <summary>Commands a military unit.</summary>
        Commands,
        /// <summary>Is a member.</summary>
        MemberOf,
        /// <summary>Is employed by.</summary>
        WorksAt,
        /// <summary>Speaks on behalf of.</summary>
        SpeaksFor,
    }

    /// <summary>Whether a statement's text is the speaker's words or a summary of them.</summary>
    public enum StatementMode
    {
        /// <summary>The text is a verbatim quotation.</summary>
        Quotation,
        /// <summary>The text is the curator's summary of what was said.</summary>
        Paraphrase,
    }
}
