using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Curata.Knowledge.Generators.Analyzers
{
    /// <summary>
    /// Reports every knowledge-base diagnostic on the file it belongs to, through an additional-file action, so editors show
    /// them live and the command line shows each once; and reports C# lookups by a constant id that names nothing (KB0701).
    /// It runs the same reader and checks as the generator, once per compilation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KnowledgeAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        /// <remarks>Everything in the catalogue but the generator's own diagnostics (KB09xx); the lookup rule is named
        /// explicitly because this analyzer reports it directly.</remarks>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.UnknownLookup).AddRange(DiagnosticDescriptors.ById.Values
                .Where(d => d.Id != DiagnosticDescriptors.InvalidOption.Id && d.Id != DiagnosticDescriptors.UnsupportedTarget.Id && d.Id != DiagnosticDescriptors.UnknownLookup.Id)
                .OrderBy(d => d.Id, StringComparer.Ordinal));

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var files = start.Options.AdditionalFiles.Where(f => KnowledgeFiles.IsKnowledgeFile(f.Path)).ToImmutableArray();
                if (files.IsEmpty)
                {
                    // A project that uses a knowledge library: its lookups are checked against the ids the library carries.
                    var referenced = new Lazy<KnownIds>(() => KnownIds.FromReferences(start.Compilation), LazyThreadSafetyMode.ExecutionAndPublication);
                    start.RegisterOperationAction(operation => CheckLookup(operation, referenced), OperationKind.Invocation, OperationKind.ObjectCreation);
                    return;
                }
                var texts = start.Options.AdditionalFiles.Where(f => KnowledgeFiles.IsSourceText(f.Path)).ToImmutableArray();
                var checkedBase = new Lazy<KnowledgeBaseSpec>(() => KnowledgeCheck.Check(files.Concat(texts), start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
                var diagnosticsByFile = new Lazy<ILookup<string, DiagnosticInfo>>(
                    () => checkedBase.Value.Diagnostics.ToLookup(d => d.Location?.Path ?? "", StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
                var lookups = new Lazy<KnownIds>(() => KnownIds.FromSpec(checkedBase.Value), LazyThreadSafetyMode.ExecutionAndPublication);
                var editorConfigs = start.Options.AdditionalFiles.Where(f => EditorConfigSeverities.IsEditorConfig(f.Path)).ToImmutableArray();
                var severities = new Lazy<EditorConfigSeverities>(() => EditorConfigSeverities.Read(editorConfigs, start.CancellationToken),
                    LazyThreadSafetyMode.ExecutionAndPublication);

                start.RegisterAdditionalFileAction(fileContext =>
                {
                    var path = fileContext.AdditionalFile.Path;
                    if (EditorConfigSeverities.IsEditorConfig(path))
                    {
                        // Severity entries that cannot be applied (KB0903), on their own line of the .editorconfig.
                        foreach (var problem in severities.Value.ProblemsIn(path))
                        {
                            if (KnowledgeCheck.Configured(problem, path, severities.Value) is Diagnostic configuredProblem) fileContext.ReportDiagnostic(configuredProblem);
                        }
                        return;
                    }
                    if (!KnowledgeFiles.IsKnowledgeFile(fileContext.AdditionalFile.Path)) return;
                    foreach (var diagnostic in diagnosticsByFile.Value[fileContext.AdditionalFile.Path])
                    {
                        if (KnowledgeCheck.Configured(diagnostic, path, severities.Value) is Diagnostic configured) fileContext.ReportDiagnostic(configured);
                    }
                });
                start.RegisterOperationAction(operation => CheckLookup(operation, lookups), OperationKind.Invocation, OperationKind.ObjectCreation);
            });
        }

        // Constant ids where C# names a fact or term: Actors.Get("x") and TryGet on a generated class, new FactId<Actor>("x"), and
        // any runtime API whose parameter is marked [KnowledgeId("ParticipantRoles")], such as e.ActorsInRole("target").
        private static void CheckLookup(OperationAnalysisContext context, Lazy<KnownIds> lookups)
        {
            switch (context.Operation)
            {
                case IInvocationOperation invocation when invocation.TargetMethod.Name is "Get" or "TryGet" && invocation.Arguments.Length > 0
                         && invocation.TargetMethod.Parameters[0].Type.SpecialType == SpecialType.System_String
                         && IsGenerated(invocation.TargetMethod.ContainingType):
                    var type = invocation.TargetMethod.ContainingType;
                    // A class generated in this compilation is checked against its knowledge; one from a library, against what it carries.
                    var lookup = type.Locations.Any(l => l.IsInSource) ? lookups.Value.Class(type.Name) : KnownIds.FromAttribute(type);
                    Report(context, lookup, invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0));
                    break;
                // Only the runtime library marks parameters: any other call is passed over without reading attributes, since this
                // runs on every invocation of every project that uses the package, at each keystroke in an editor.
                case IInvocationOperation invocation when invocation.TargetMethod.ContainingAssembly?.Name == "Curata.Knowledge":
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Curata.Knowledge.KnowledgeIdAttribute")
                            is { ConstructorArguments: { Length: 1 } arguments } && arguments[0].Value is string className)
                        {
                            Report(context, lookups.Value.Class(className), argument);
                        }
                    }
                    break;
                case IObjectCreationOperation creation
                    when creation.Type is INamedTypeSymbol { Name: "FactId", Arity: 1 } factId
                         && factId.ContainingNamespace.ToDisplayString() == "Curata.Knowledge" && creation.Arguments.Length == 1:
                    var kind = lookups.Value.ClassOf(factId.TypeArguments[0].Name);
                    Report(context, kind == null ? null : lookups.Value.Class(kind), creation.Arguments[0]);
                    break;
            }
        }

        private static void Report(OperationAnalysisContext context, KnownIds.Lookup? lookup, IArgumentOperation? argument)
        {
            if (lookup == null || argument == null || argument.Value.ConstantValue is not { HasValue: true, Value: string value }) return;
            if (KnownIds.Check(lookup, value) is var (descriptor, arguments))
            {
                context.ReportDiagnostic(Diagnostic.Create(descriptor, argument.Value.Syntax.GetLocation(), MessageArguments.Safe(descriptor, arguments)));
            }
        }

        private static bool IsGenerated(INamedTypeSymbol type) =>
            type.GetAttributes().Any(a => a.AttributeClass?.Name == "GeneratedCodeAttribute"
                && a.ConstructorArguments.Length > 0 && a.ConstructorArguments[0].Value as string == "Curata.Knowledge.Generators");
    }
}
