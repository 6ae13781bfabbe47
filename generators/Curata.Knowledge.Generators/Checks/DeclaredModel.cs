using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The declarations of a knowledge base, checked: the standard ones first, then every file's in path order. A declaration
    /// that cannot be used is reported and left out, so what depends on it is judged against what remains.
    /// </summary>
    internal sealed class DeclaredModel
    {
        /// <summary>How long a scheme's pattern may take on one value: patterns are data, and must not stall a build.</summary>
        private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

        /// <summary>Names a declared property may not take: every fact has them, or C# gives them meaning on every object.</summary>
        private static readonly string[] ReservedProperties = { "id", "ids", "sources" };

        private readonly List<DiagnosticInfo> _diagnostics;

        // The C# enum types of the enum properties accepted so far.
        private readonly HashSet<string> _enumTypes = new HashSet<string>(StringComparer.Ordinal);

        private DeclaredModel(List<DiagnosticInfo> diagnostics) => _diagnostics = diagnostics;

        /// <summary>Every usable kind, by id.</summary>
        public Dictionary<string, KindSpec> Kinds { get; } = new Dictionary<string, KindSpec>(StringComparer.Ordinal);

        /// <summary>Every usable kind, by the root section that holds its facts.</summary>
        public Dictionary<string, KindSpec> KindsByPlural { get; } = new Dictionary<string, KindSpec>(StringComparer.Ordinal);

        /// <summary>Every usable property (built-in ones included), by kind, then name.</summary>
        public Dictionary<string, Dictionary<string, PropertySpec>> Properties { get; } = new Dictionary<string, Dictionary<string, PropertySpec>>(StringComparer.Ordinal);

        public Dictionary<string, (IdentifierSchemeSpec Scheme, Regex? Pattern)> Schemes { get; } = new Dictionary<string, (IdentifierSchemeSpec, Regex?)>(StringComparer.Ordinal);

        /// <summary>The terms of the simple vocabularies, by vocabulary, then id; a knowledge base's term replaces a standard one.</summary>
        public Dictionary<string, Dictionary<string, TermSpec>> Terms { get; } = new Dictionary<string, Dictionary<string, TermSpec>>(StringComparer.Ordinal);

        /// <summary>The properties of <paramref name="kind"/> that are typed from raw values (not read by the kind's own reader).</summary>
        public IEnumerable<PropertySpec> DeclaredPropertiesOf(string kind) =>
            Properties.TryGetValue(kind, out var properties) ? properties.Values.Where(p => !p.IsBuiltIn) : Enumerable.Empty<PropertySpec>();

        public PropertySpec? Property(string kind, string name) =>
            Properties.TryGetValue(kind, out var properties) && properties.TryGetValue(name, out var property) ? property : null;

        public static DeclaredModel Check(KnowledgeFileSpec standard, IReadOnlyList<KnowledgeFileSpec> files, List<DiagnosticInfo> diagnostics)
        {
            var model = new DeclaredModel(diagnostics);
            var all = new[] { standard }.Concat(files).ToArray();
            foreach (var vocabulary in Vocabularies.Simple) model.Terms[vocabulary] = new Dictionary<string, TermSpec>(StringComparer.Ordinal);
            foreach (var file in all) model.AddTerms(file);
            foreach (var file in all)
            {
                foreach (var scheme in file.Schemes) model.AddScheme(scheme);
            }
            foreach (var file in all)
            {
                foreach (var kind in file.Kinds) model.AddKind(kind);
            }
            foreach (var file in all)
            {
                foreach (var property in file.Properties) model.AddProperty(property);
            }
            return model;
        }

        private void AddTerms(KnowledgeFileSpec file)
        {
            foreach (var term in file.Terms)
            {
                var terms = Terms[term.Vocabulary];
                if (terms.TryGetValue(term.Id.Id, out var earlier) && earlier.Id.Location.Path != StandardDeclarations.Path)
                {
                    Report(DiagnosticDescriptors.DuplicateId, term.Id.Location, earlier.Id.Location, term.Id.Id, earlier.Id.Location.ToString());
                    continue;
                }
                terms[term.Id.Id] = term;
            }
        }

        private void AddScheme(IdentifierSchemeSpec scheme)
        {
            if (Schemes.TryGetValue(scheme.Id.Id, out var earlier))
            {
                Report(DiagnosticDescriptors.DuplicateDeclaration, scheme.Id.Location, "identifier scheme", scheme.Id.Id, Where(earlier.Scheme.Id.Location));
                return;
            }
            Regex? pattern = null;
            if (scheme.Pattern != null)
            {
                try
                {
                    pattern = new Regex(scheme.Pattern, RegexOptions.CultureInvariant, PatternTimeout);
                }
                catch (ArgumentException e)
                {
                    Report(DiagnosticDescriptors.InvalidDeclaration, scheme.Id.Location, $"the identifier scheme '{scheme.Id.Id}'", "its pattern is not a valid regular expression (" + e.Message + ")");
                    return;
                }
            }
            if (scheme.Url != null && scheme.Url.IndexOf("{id}", StringComparison.Ordinal) < 0)
            {
                Report(DiagnosticDescriptors.InvalidDeclaration, scheme.Id.Location, $"the identifier scheme '{scheme.Id.Id}'", "its url must contain {id} where the identifier goes");
                return;
            }
            Schemes[scheme.Id.Id] = (scheme, pattern);
        }

        private void AddKind(KindSpec kind)
        {
            if (Kinds.TryGetValue(kind.Id.Id, out var earlier) || kind.Id.Id == StandardKinds.AnyFact)
            {
                Report(DiagnosticDescriptors.DuplicateDeclaration, kind.Id.Location, "kind", kind.Id.Id, earlier == null ? "by the format (it means any fact)" : Where(earlier.Id.Location));
                return;
            }
            var plural = kind.Plural.Name;
            if (KindsByPlural.TryGetValue(plural, out var other))
            {
                Report(DiagnosticDescriptors.DuplicateDeclaration, kind.Plural.Location, "section", plural, Where(other.Plural.Location));
                return;
            }
            if (!kind.IsStandard)
            {
                if (!Names.IsValidPropertyName(plural))
                {
                    Report(DiagnosticDescriptors.InvalidPropertyName, kind.Plural.Location, plural);
                    return;
                }
                if (Array.IndexOf(KnowledgeFileReader.RootSections, plural) >= 0)
                {
                    Report(DiagnosticDescriptors.DuplicateDeclaration, kind.Plural.Location, "section", plural, "by the format");
                    return;
                }
                var problem = GeneratedNames.KindNameProblem(kind.Id.Id, plural);
                if (problem != null)
                {
                    Report(DiagnosticDescriptors.InvalidDeclaration, kind.Id.Location, $"the kind '{kind.Id.Id}'", problem);
                    return;
                }
            }
            Kinds[kind.Id.Id] = kind;
            KindsByPlural[plural] = kind;
            Properties[kind.Id.Id] = new Dictionary<string, PropertySpec>(StringComparer.Ordinal);
        }

        private void AddProperty(PropertySpec property)
        {
            var what = $"the property '{property.Id.Name}' of '{property.Kind.Name}'";
            if (!Properties.TryGetValue(property.Kind.Name, out var properties))
            {
                Report(DiagnosticDescriptors.UndeclaredName, property.Kind.Location, "kind", property.Kind.Name, Names.Suggestion(Names.Closest(property.Kind.Name, Kinds.Keys)));
                return;
            }
            if (properties.TryGetValue(property.Id.Name, out var earlier))
            {
                Report(DiagnosticDescriptors.DuplicateDeclaration, property.Id.Location, $"property of '{property.Kind.Name}'", property.Id.Name,
                    earlier.IsStandard ? "by the standard declarations" : Where(earlier.Id.Location));
                return;
            }
            if (!property.IsStandard)
            {
                var problem = Problem(property);
                if (problem != null)
                {
                    Report(DiagnosticDescriptors.InvalidDeclaration, property.Id.Location, what, problem);
                    return;
                }
            }
            if (!TargetExists(property)) return;
            properties[property.Id.Name] = property;
        }

        // What makes a knowledge base's property declaration unusable, apart from names that refer to nothing.
        private string? Problem(PropertySpec property)
        {
            if (Array.IndexOf(ReservedProperties, property.Id.Name) >= 0) return $"every fact has '{property.Id.Name}' already";
            var member = Names.PropertyMemberName(property.Id.Name);
            var reserved = GeneratedNames.MemberNameProblem(property.Kind.Name, member);
            if (reserved != null) return reserved;
            var owner = Kinds[property.Kind.Name];
            var ownerType = GeneratedNames.TypeOf(owner.Id.Id, owner.Plural.Name);
            // C# forbids a member named as its type (CS0542).
            if (member == ownerType) return $"its C# name '{member}' is the name of its kind's type";
            // An enum's C# type is its kind's type and the property ("VesselHull"): it must not be another type's name.
            if (property.Type == Datatype.Enum)
            {
                var enumType = ownerType + member;
                if (Kinds.Values.Any(k => GeneratedNames.TypeOf(k.Id.Id, k.Plural.Name) == enumType || GeneratedNames.ClassOf(k.Plural.Name) == enumType)
                    || !_enumTypes.Add(enumType))
                    return $"its values' C# type '{enumType}' is already the name of another generated type";
            }
            switch (property.Type)
            {
                case Datatype.Object:
                    return "nested objects are read by the format's own code; declare the parts as properties of their own";
                case Datatype.Reference when property.Target == null:
                    return "a reference needs \"to\": the kind it names (or \"fact\" for any)";
                case Datatype.Term when property.Target == null:
                    return "a term needs \"vocabulary\": the vocabulary it is taken from";
                case Datatype.Identifier when property.Target == null:
                    return "an identifier needs \"scheme\": the identifier scheme it belongs to";
                case Datatype.Enum when property.Values.Count == 0:
                    return "an enum needs \"values\": its closed list";
                case Datatype.Enum:
                    var bad = property.Values.FirstOrDefault(v => !Names.IsValidId(v));
                    if (bad != null) return $"the value '{bad}' is not a valid id (kebab case), so it cannot be a C# enum member";
                    var duplicate = property.Values.GroupBy(v => Names.ToPascalCase(v)).FirstOrDefault(g => g.Count() > 1);
                    if (duplicate != null) return $"the values '{string.Join("', '", duplicate)}' give the same C# name";
                    break;
            }
            if (property.Type != Datatype.Enum && property.Values.Count > 0) return "only an enum has \"values\"";
            if (property.Type != Datatype.Quantity && property.Unit != null) return "only a quantity has a \"unit\"";
            if (property.Acyclic && (property.Type != Datatype.Reference || property.Target?.Name != property.Kind.Name))
                return "\"acyclic\" applies to a reference to the same kind";
            if (property.Target != null && property.Type != Datatype.Reference && property.Type != Datatype.Term && property.Type != Datatype.Identifier)
                return "only references, terms and identifiers name a target";
            return null;
        }

        private bool TargetExists(PropertySpec property)
        {
            var target = property.Target;
            if (target == null) return true;
            switch (property.Type)
            {
                case Datatype.Reference when target.Name != StandardKinds.AnyFact && !Kinds.ContainsKey(target.Name):
                    Report(DiagnosticDescriptors.UndeclaredName, target.Location, "kind", target.Name, Names.Suggestion(Names.Closest(target.Name, Kinds.Keys)));
                    return false;
                case Datatype.Term when !Vocabularies.Exists(target.Name):
                    Report(DiagnosticDescriptors.UndeclaredName, target.Location, "vocabulary", target.Name, Names.Suggestion(Names.Closest(target.Name, Vocabularies.All)));
                    return false;
                case Datatype.Identifier when !Schemes.ContainsKey(target.Name):
                    Report(DiagnosticDescriptors.UndeclaredName, target.Location, "identifier scheme", target.Name, Names.Suggestion(Names.Closest(target.Name, Schemes.Keys)));
                    return false;
                default:
                    return true;
            }
        }

        private static string Where(LocationInfo location) =>
            location.Path == StandardDeclarations.Path ? "by the standard declarations" : "at " + location;

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo location, LocationInfo also, params string[] arguments) =>
            _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, also, arguments));
    }
}
