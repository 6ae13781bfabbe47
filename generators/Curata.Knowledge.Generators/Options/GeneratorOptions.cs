using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Curata.Knowledge.Generators.Options
{
    /// <summary>
    /// The MSBuild options the generator reads (made visible by the package's props). An invalid value is a diagnostic and the
    /// default is used, so the build still says what is wrong.
    /// </summary>
    /// <summary>Which facts get a typed member of their own (all of them can always be reached through All and Get).</summary>
    internal enum TypedMembers
    {
        /// <summary>
        /// Whole classes, while the members so typed number at most <see cref="Emit.KnowledgeEmitter.TypedMemberBudget"/> in all:
        /// sources, actors and declared kinds first, then statements, events and relations, each typed in full when it fits in
        /// what is left. Where a class is not typed in full, the facts the code names get members (<see cref="NamedMembers"/>).
        /// </summary>
        Auto,
        /// <summary>Every fact, up to <see cref="Emit.KnowledgeEmitter.MaxMembersPerClass"/> per class (compile time grows with each member).</summary>
        All,
        /// <summary>Sources, actors, declared kinds and vocabulary terms, and the other facts the code names.</summary>
        Actors,
        /// <summary>Vocabulary terms, and the facts the code names: the cheapest build, for large bases.</summary>
        Named,
    }

    internal sealed record GeneratorOptions(string Namespace, bool IsPublic, TypedMembers TypedMembers, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public const string NamespaceProperty = "KnowledgeNamespace";
        public const string VisibilityProperty = "KnowledgeVisibility";
        public const string TypedMembersProperty = "KnowledgeTypedMembers";
        public const string DefaultNamespace = "Knowledge";

        /// <summary>The runtime library's namespace: the generated code names its types as <c>global::Curata.Knowledge.X</c>.</summary>
        public const string RuntimeNamespace = "Curata.Knowledge";

        /// <summary>
        /// At most this many UTF-8 bytes: type names in metadata have at most 1,024, and a longer namespace leaves too little
        /// room for the generated class names (CS7013).
        /// </summary>
        public const int MaxNamespaceLength = 512;

        private static readonly IReadOnlyList<string> GeneratedClasses = Checks.GeneratedNames.StandardClasses;

        public static GeneratorOptions Read(AnalyzerConfigOptions options)
        {
            var diagnostics = new List<DiagnosticInfo>();
            options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            options.TryGetValue("build_property." + NamespaceProperty, out var configured);
            var hasConfigured = !string.IsNullOrWhiteSpace(configured);

            // A root namespace that is no namespace at all (the SDK makes one from the project name) quietly gives way to the
            // default; one that is a namespace but where the generated code cannot live is reported when it would be used.
            var rootProblem = IsIdentifierPath(rootNamespace) ? NamespaceProblem(rootNamespace!.Trim()) : "";
            var fallback = rootProblem == null ? rootNamespace!.Trim() : DefaultNamespace;
            if (!hasConfigured && rootProblem is { Length: > 0 })
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, "RootNamespace", rootNamespace!,
                    $"{rootProblem}; set {NamespaceProperty} to choose the generated API's namespace; using '{fallback}'"));
            }

            var name = fallback;
            if (hasConfigured)
            {
                var problem = NamespaceProblem(configured!.Trim());
                if (problem == null) name = configured!.Trim();
                else diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, NamespaceProperty, configured!,
                    $"{problem}; using '{fallback}'"));
            }

            var isPublic = true;
            if (options.TryGetValue("build_property." + VisibilityProperty, out var visibility) && !string.IsNullOrWhiteSpace(visibility))
            {
                switch (visibility!.Trim().ToLowerInvariant())
                {
                    case "public": isPublic = true; break;
                    case "internal": isPublic = false; break;
                    default:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, VisibilityProperty, visibility,
                            "it must be 'public' or 'internal'; using 'public'"));
                        break;
                }
            }
            var typedMembers = TypedMembers.Auto;
            if (options.TryGetValue("build_property." + TypedMembersProperty, out var typed) && !string.IsNullOrWhiteSpace(typed))
            {
                switch (typed!.Trim().ToLowerInvariant())
                {
                    case "auto": typedMembers = TypedMembers.Auto; break;
                    case "all": typedMembers = TypedMembers.All; break;
                    case "actors": typedMembers = TypedMembers.Actors; break;
                    case "named": typedMembers = TypedMembers.Named; break;
                    default:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, TypedMembersProperty, typed,
                            "it must be 'auto', 'all', 'actors' or 'named'; using 'auto'"));
                        break;
                }
            }
            return new GeneratorOptions(name, isPublic, typedMembers, diagnostics.ToEquatableArray());
        }

        /// <summary>
        /// Null when the generated code can live in <paramref name="value"/>; otherwise why not. A namespace must be C#
        /// identifiers joined by dots, none a keyword; at most <see cref="MaxNamespaceLength"/> UTF-8 bytes; neither
        /// <c>Curata.Knowledge</c> nor under it (<c>namespace Curata.Knowledge.Actor</c> would make the generated references to
        /// the runtime type <c>global::Curata.Knowledge.Actor</c> name a namespace, CS0118); and with no segment named like a
        /// generated class (<c>MyApp.Actors</c> would hide the class <c>Actors</c> from code in <c>MyApp</c>).
        /// </summary>
        internal static string? NamespaceProblem(string value)
        {
            if (!IsIdentifierPath(value)) return "it must be a C# namespace such as 'MyCompany.Facts'";
            var length = System.Text.Encoding.UTF8.GetByteCount(value);
            if (length > MaxNamespaceLength)
                return $"it is {length} bytes long, and a namespace of more than {MaxNamespaceLength} leaves the generated type names too long for the assembly (CS7013)";
            if (value == RuntimeNamespace || value.StartsWith(RuntimeNamespace + ".", System.StringComparison.Ordinal))
                return $"it is the runtime library's namespace '{RuntimeNamespace}' or lies under it, where the generated code's references to the runtime's types could name the wrong thing (CS0118); choose a namespace outside '{RuntimeNamespace}'";
            var clash = value.Split('.').FirstOrDefault(segment => GeneratedClasses.Contains(segment));
            if (clash != null)
                return $"its segment '{clash}' is the name of a generated class, which code in the enclosing namespace could then not reach; choose another name";
            return null;
        }

        // C# identifiers joined by dots, none a keyword (or the alias 'global').
        private static bool IsIdentifierPath(string? value) =>
            !string.IsNullOrWhiteSpace(value)
            && value!.Trim().Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None
                && SyntaxFacts.GetContextualKeywordKind(part) != SyntaxKind.GlobalKeyword);
    }
}
