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
        /// Every fact while statements, events and relations number at most <see cref="Emit.KnowledgeEmitter.TypedMemberLimit"/>;
        /// beyond, as <see cref="Actors"/>; and sources or actors only while they number at most that limit too.
        /// </summary>
        Auto,
        /// <summary>Every fact, up to <see cref="Emit.KnowledgeEmitter.MaxMembersPerClass"/> per class (compile time grows with each member).</summary>
        All,
        /// <summary>Sources, actors and vocabulary terms only: the facts people name in code.</summary>
        Actors,
    }

    internal sealed record GeneratorOptions(string Namespace, bool IsPublic, TypedMembers TypedMembers, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public const string NamespaceProperty = "KnowledgeNamespace";
        public const string VisibilityProperty = "KnowledgeVisibility";
        public const string TypedMembersProperty = "KnowledgeTypedMembers";
        public const string DefaultNamespace = "Knowledge";

        public static GeneratorOptions Read(AnalyzerConfigOptions options)
        {
            var diagnostics = new List<DiagnosticInfo>();
            options.TryGetValue("build_property.RootNamespace", out var rootNamespace);
            var fallback = IsValidNamespace(rootNamespace) ? rootNamespace! : DefaultNamespace;

            var name = fallback;
            if (options.TryGetValue("build_property." + NamespaceProperty, out var configured) && !string.IsNullOrWhiteSpace(configured))
            {
                if (IsValidNamespace(configured)) name = configured!.Trim();
                else diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, NamespaceProperty, configured!,
                    $"it must be a C# namespace such as 'MyCompany.Facts'; using '{fallback}'"));
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
                    default:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption, null, TypedMembersProperty, typed,
                            "it must be 'auto', 'all' or 'actors'; using 'auto'"));
                        break;
                }
            }
            return new GeneratorOptions(name, isPublic, typedMembers, diagnostics.ToEquatableArray());
        }

        private static bool IsValidNamespace(string? value) =>
            !string.IsNullOrWhiteSpace(value)
            && value!.Trim().Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None
                && SyntaxFacts.GetContextualKeywordKind(part) != SyntaxKind.GlobalKeyword);
    }
}
