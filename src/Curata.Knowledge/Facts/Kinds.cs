// The closed lists of the knowledge format (the open ones, such as actor kinds, are vocabularies kept as data). The generator
// links this file too, so the JSON spelling of each member (its name in kebab case: Civilians is "civilians") is checked
// against exactly these enums. In the generator they live in another namespace, so a project that references both assemblies
// sees one StatementMode.
#if KNOWLEDGE_GENERATOR
namespace Curata.Knowledge.Generators.Model
#else
namespace Curata.Knowledge
#endif
{
    /// <summary>Whether a statement's text is the speaker's words or a summary of them.</summary>
    public enum StatementMode
    {
        /// <summary>The text is a verbatim quotation.</summary>
        Quotation,
        /// <summary>The text is the curator's summary of what was said.</summary>
        Paraphrase,
    }

    /// <summary>Whose deaths a part of a fatality report counts.</summary>
    public enum FatalityCategory
    {
        /// <summary>Members of one side (the share names the actor when known).</summary>
        Side,
        /// <summary>Civilians.</summary>
        Civilians,
        /// <summary>The dead whose affiliation is not known.</summary>
        Unknown,
    }
}
