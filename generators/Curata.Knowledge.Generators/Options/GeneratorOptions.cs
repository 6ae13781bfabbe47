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
    internal sealed record GeneratorOptions(string Namespace, bool IsPublic, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        public const string NamespaceProperty = "KnowledgeNamespace";
        public const string VisibilityProperty = "KnowledgeVisibility";
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
            return new GeneratorOptions(name, isPublic, diagnostics.ToEquatableArray());
        }

        private static bool IsValidNamespace(string? value) =>
            !string.IsNullOrWhiteSpace(value)
            && value!.Trim().Split('.').All(part => SyntaxFacts.IsValidIdentifier(part) && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None
                && SyntaxFacts.GetContextualKeywordKind(part) != SyntaxKind.GlobalKeyword);
    }
}
