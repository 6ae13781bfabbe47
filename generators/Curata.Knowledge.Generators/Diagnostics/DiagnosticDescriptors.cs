using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Curata.Knowledge.Generators.Diagnostics
{
    /// <summary>
    /// The catalogue of every diagnostic the generator and analyzer report. Ids are stable: KB00xx structure, KB01xx identity,
    /// KB02xx references, KB03xx time, KB04xx logic, KB05xx provenance, KB06xx hygiene, KB07xx lookups in C# code, KB08xx declarations, KB09xx options.
    /// Each one is documented in docs/diagnostics.md and listed in AnalyzerReleases.*.md.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string HelpBase = "https://github.com/curata-knowledge/curata-knowledge/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor MalformedJson = new DiagnosticDescriptor("KB0001", "Malformed JSON", "Malformed JSON: {0}", Categories.Structure, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0001");

        public static readonly DiagnosticDescriptor WrongValueType = new DiagnosticDescriptor("KB0002", "A value of the wrong type", "'{0}' must be {1}, not {2}", Categories.Structure, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0002");

        public static readonly DiagnosticDescriptor MissingProperty = new DiagnosticDescriptor("KB0003", "A required property is missing", "{0} is missing the required property '{1}'", Categories.Structure, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0003");

        public static readonly DiagnosticDescriptor UnknownProperty = new DiagnosticDescriptor("KB0004", "An unknown property", "{0} has no property '{1}'{2}", Categories.Structure, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0004");

        public static readonly DiagnosticDescriptor InvalidId = new DiagnosticDescriptor("KB0005", "An id that is not a valid id", "'{0}' is not a valid id: use lower-case letters and digits in words joined by single hyphens, starting with a letter (for example 'hadi-al-ameri')", Categories.Structure, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0005");

        public static readonly DiagnosticDescriptor DuplicateProperty = new DiagnosticDescriptor("KB0006", "A property given twice in one object", "The property '{0}' is given twice in this object; only one value can hold", Categories.Structure, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0006");

        public static readonly DiagnosticDescriptor InvalidEnumValue = new DiagnosticDescriptor("KB0007", "A value outside its closed list", "'{0}' is not a valid {1}{2}; allowed: {3}", Categories.Structure, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0007");

        public static readonly DiagnosticDescriptor InvalidDate = new DiagnosticDescriptor("KB0008", "An impossible or malformed date", "'{0}' is not a valid date: {1}", Categories.Time, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0008");

        public static readonly DiagnosticDescriptor InvalidNumber = new DiagnosticDescriptor("KB0009", "A number out of its range", "'{0}' must be {1}", Categories.Structure, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0009");

        public static readonly DiagnosticDescriptor InvalidPropertyName = new DiagnosticDescriptor("KB0010", "A property name that is not valid",
            "'{0}' is not a valid property name: use letters and digits in camel case, starting with a lower-case letter (for example 'partOf')", Categories.Structure, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0010");

        public static readonly DiagnosticDescriptor RepeatedProblem = new DiagnosticDescriptor("KB0011", "A problem repeated more often than it is listed",
            "{0} more {1} diagnostics about {2} are not listed; fix the ones listed first", Categories.Structure, DiagnosticSeverity.Warning, true, helpLinkUri: HelpBase + "kb0011");

        public static readonly DiagnosticDescriptor DuplicateId = new DiagnosticDescriptor("KB0101", "The same id defined twice", "The id '{0}' is already defined at {1}", Categories.Identity, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0101");

        public static readonly DiagnosticDescriptor CSharpNameCollision = new DiagnosticDescriptor("KB0102", "Two ids map to the same C# name", "The id '{0}' maps to the C# name '{1}', as '{2}' does at {3}", Categories.Identity, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0102");

        public static readonly DiagnosticDescriptor ReservedName = new DiagnosticDescriptor("KB0103", "An id that maps to a reserved member name", "The id '{0}' maps to the C# name '{1}', which the generated class '{2}' already uses; choose another id", Categories.Identity, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0103");

        public static readonly DiagnosticDescriptor AmbiguousName = new DiagnosticDescriptor("KB0104", "A name or alias shared by two actors",
            "The name '{0}' of actor '{1}' is also a name or alias of actor '{2}' at {3}; looking it up by name finds neither", Categories.Identity, DiagnosticSeverity.Warning, true, helpLinkUri: HelpBase + "kb0104");

        public static readonly DiagnosticDescriptor UnknownReference = new DiagnosticDescriptor("KB0201", "A reference to nothing", "No {0} has the id '{1}'{2}", Categories.References, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0201");

        public static readonly DiagnosticDescriptor WrongReferenceKind = new DiagnosticDescriptor("KB0202", "A reference to the wrong kind of thing", "'{0}' must name {1}, but '{2}' is {3}", Categories.References, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0202");

        public static readonly DiagnosticDescriptor PredicateKindNotAllowed = new DiagnosticDescriptor("KB0203", "A relation between kinds of actor its predicate does not allow",
            "The predicate '{0}' does not allow '{2}' ({3}) as its {1}; allowed: {4}", Categories.References, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0203");

        public static readonly DiagnosticDescriptor SpanEndsBeforeStart = new DiagnosticDescriptor("KB0301", "An interval that ends before it starts", "The interval ends ({0}) before it starts ({1})", Categories.Time, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0301");

        public static readonly DiagnosticDescriptor OutsideLifespan = new DiagnosticDescriptor("KB0302", "An actor acting outside its lifespan",
            "'{0}' {1} in {2} ({3}), {4} ({5})", Categories.Time, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0302");

        public static readonly DiagnosticDescriptor EffectBeforeCause = new DiagnosticDescriptor("KB0303", "An effect dated before its cause",
            "The event '{0}' ({1}) is dated before its cause '{2}' ({3})", Categories.Time, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0303");

        public static readonly DiagnosticDescriptor AfterOnlySource = new DiagnosticDescriptor("KB0304", "A fact dated after its only source was published",
            "'{0}' is dated {1}, after '{2}', the only source reporting it, was published ({3})", Categories.Time, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0304");

        public static readonly DiagnosticDescriptor RoleOutsideLifespan = new DiagnosticDescriptor("KB0305", "A role held outside its holder's lifespan",
            "A role of '{0}' held {1} lies outside its lifespan ({2})", Categories.Time, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0305");

        public static readonly DiagnosticDescriptor ConflictingRelations = new DiagnosticDescriptor("KB0401", "Conflicting relations over overlapping time",
            "The relation '{0}' ({1}) conflicts with '{2}' ({3}) between the same actors at overlapping times", Categories.Logic, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0401");

        public static readonly DiagnosticDescriptor InconsistentPredicate = new DiagnosticDescriptor("KB0402", "A symmetric or inverse predicate declared inconsistently",
            "The predicate '{0}' is declared inconsistently: {1}", Categories.Logic, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0402");

        public static readonly DiagnosticDescriptor Cycle = new DiagnosticDescriptor("KB0403", "A cycle in membership or part-of",
            "A cycle in '{0}': {1}", Categories.Logic, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0403");

        public static readonly DiagnosticDescriptor CountOutOfOrder = new DiagnosticDescriptor("KB0404", "Count figures out of order", "The figures must satisfy low <= best <= high, but {0}", Categories.Logic, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0404");

        public static readonly DiagnosticDescriptor BreakdownMismatch = new DiagnosticDescriptor("KB0410", "A fatality breakdown that does not add up to its total",
            "The breakdown of this fatality report adds up to {0}, which its total ({1}) does not allow", Categories.Logic, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0410");
        public static readonly DiagnosticDescriptor CauseCycle = new DiagnosticDescriptor("KB0405", "A cycle in causes or in event types' parents",
            "A cycle in '{0}': {1}", Categories.Logic, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0405");

        public static readonly DiagnosticDescriptor NoSource = new DiagnosticDescriptor("KB0501", "A fact with no source",
            "The {0} '{1}' cites no source", Categories.Provenance, DiagnosticSeverity.Warning, true, helpLinkUri: HelpBase + "kb0501");

        public static readonly DiagnosticDescriptor UnknownSource = new DiagnosticDescriptor("KB0502", "A citation to an unknown source",
            "No source has the id '{0}'{1}", Categories.Provenance, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0502");

        public static readonly DiagnosticDescriptor UngroundedQuote = new DiagnosticDescriptor("KB0503", "A quotation not found in the text it cites",
            "The quotation of statement '{0}' does not occur in {2} of source '{1}'{3}", Categories.Provenance, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0503");

        public static readonly DiagnosticDescriptor MissingSourceText = new DiagnosticDescriptor("KB0504", "A source text file that is not in the build",
            "The text file '{1}' of source '{0}' is not among the build's AdditionalFiles", Categories.Provenance, DiagnosticSeverity.Warning, true, helpLinkUri: HelpBase + "kb0504");

        public static readonly DiagnosticDescriptor EmptyQuotation = new DiagnosticDescriptor("KB0505", "A quotation with no words",
            "The statement '{0}' is a quotation, but its text has no letter or digit", Categories.Provenance, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0505");

        public static readonly DiagnosticDescriptor Unreferenced = new DiagnosticDescriptor("KB0601", "An actor or source nothing refers to",
            "Nothing refers to the {0} '{1}'", Categories.Hygiene, DiagnosticSeverity.Info, true, helpLinkUri: HelpBase + "kb0601");

        public static readonly DiagnosticDescriptor UnknownLookup = new DiagnosticDescriptor("KB0701", "A lookup of an id that does not exist",
            "'{0}' is not the id{1} of any {2}{3}", Categories.Lookups, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0701");

        public static readonly DiagnosticDescriptor AmbiguousLookup = new DiagnosticDescriptor("KB0702", "A lookup of a name several actors share",
            "'{0}' is a name or alias of more than one actor ({1}); look one up by its id", Categories.Lookups, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0702");

        public static readonly DiagnosticDescriptor UndeclaredName = new DiagnosticDescriptor("KB0801", "A declaration that names something undeclared",
            "No {0} is declared with the name '{1}'{2}", Categories.Declarations, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0801");

        public static readonly DiagnosticDescriptor DuplicateDeclaration = new DiagnosticDescriptor("KB0802", "A name declared twice",
            "The {0} '{1}' is already declared {2}", Categories.Declarations, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0802");

        public static readonly DiagnosticDescriptor InvalidDeclaration = new DiagnosticDescriptor("KB0803", "A declaration that cannot be used",
            "The declaration of {0} cannot be used: {1}", Categories.Declarations, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0803");

        public static readonly DiagnosticDescriptor IdentifierMismatch = new DiagnosticDescriptor("KB0804", "An external identifier that does not match its scheme",
            "'{0}' is not a valid {1} identifier: it must match {2}", Categories.Declarations, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0804");

        public static readonly DiagnosticDescriptor DuplicateExternalId = new DiagnosticDescriptor("KB0805", "Two facts claiming the same external identifier",
            "The {0} identifier '{1}' is already claimed by '{2}' at {3}", Categories.Declarations, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0805");

        public static readonly DiagnosticDescriptor InvalidOption = new DiagnosticDescriptor("KB0901", "An invalid MSBuild option value", "The MSBuild property {0} has the invalid value '{1}'; {2}", Categories.Options, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0901");

        public static readonly DiagnosticDescriptor UnsupportedTarget = new DiagnosticDescriptor("KB0902", "A project the generated code cannot compile in",
            "The knowledge base was not generated: {0}", Categories.Options, DiagnosticSeverity.Error, true, helpLinkUri: HelpBase + "kb0902");

        public static readonly DiagnosticDescriptor InvalidSeverityEntry = new DiagnosticDescriptor("KB0903", "Invalid severity entry in .editorconfig",
            "The .editorconfig entry '{0}' is ignored: {1}", Categories.Options, DiagnosticSeverity.Warning, true, helpLinkUri: HelpBase + "kb0903");

        /// <summary>Every descriptor, by id.</summary>
        public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToDictionary(d => d.Id);

        /// <summary>Categories, as constants so release tracking can read them.</summary>
        private static class Categories
        {
            public const string Structure = "Curata.Knowledge.Structure";
            public const string Identity = "Curata.Knowledge.Identity";
            public const string References = "Curata.Knowledge.References";
            public const string Time = "Curata.Knowledge.Time";
            public const string Logic = "Curata.Knowledge.Logic";
            public const string Provenance = "Curata.Knowledge.Provenance";
            public const string Hygiene = "Curata.Knowledge.Hygiene";
            public const string Lookups = "Curata.Knowledge.Lookups";
            public const string Declarations = "Curata.Knowledge.Declarations";
            public const string Options = "Curata.Knowledge.Options";
        }
    }
}
