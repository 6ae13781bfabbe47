using System;
using System.Collections.Generic;
using System.Linq;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Parsing;

namespace Curata.Knowledge.Tool.Lsp
{
    /// <summary>
    /// Hover, go to definition, find references and rename of ids, over the symbols of every file (<see cref="KnowledgeSymbols"/>).
    /// The definition that counts is the first in path order, as the checks decide; terms of the standard declarations can
    /// be shown but have no file to go to or rename in.
    /// </summary>
    internal static class KnowledgeNavigation
    {
        /// <summary>The id under the cursor, or null.</summary>
        public static KnowledgeSymbol? SymbolAt(WorkspaceSnapshot snapshot, string path, int offset) => snapshot.SymbolsOf(path)?.At(offset);

        /// <summary>The fact or term the symbol at the cursor names (itself, for a definition), in markdown.</summary>
        public static LspHover? Hover(WorkspaceSnapshot snapshot, string path, int offset)
        {
            var symbol = SymbolAt(snapshot, path, offset);
            if (symbol == null) return null;
            var definition = symbol.IsDefinition ? symbol : snapshot.Definition(symbol.Space, symbol.Ref.Id);
            var range = LspRange.From(symbol.IdLocation);
            if (definition == null)
                return new LspHover(new LspMarkupContent("markdown", $"No {Describe(symbol)} has the id `{symbol.Ref.Id}`."), range);
            return new LspHover(new LspMarkupContent("markdown", FactDescriptions.Markdown(definition)), range);
        }

        /// <summary>Where the id at the cursor is defined (the id's characters), or null when nothing in a file defines it.</summary>
        public static KnowledgeSymbol? Definition(WorkspaceSnapshot snapshot, string path, int offset)
        {
            var symbol = SymbolAt(snapshot, path, offset);
            if (symbol == null) return null;
            var definition = snapshot.Definition(symbol.Space, symbol.Ref.Id);
            return definition == null || IsStandard(definition) ? null : definition;
        }

        /// <summary>Every use of the id at the cursor in every file, and its definitions when asked for.</summary>
        public static IReadOnlyList<KnowledgeSymbol> References(WorkspaceSnapshot snapshot, string path, int offset, bool includeDefinitions)
        {
            var symbol = SymbolAt(snapshot, path, offset);
            if (symbol == null) return Array.Empty<KnowledgeSymbol>();
            return Uses(snapshot, symbol.Space, symbol.Ref.Id).Where(s => includeDefinitions || !s.IsDefinition).ToList();
        }

        /// <summary>
        /// The edits that rename the id at the cursor everywhere: every definition and every reference in every file.
        /// </summary>
        /// <exception cref="RenameRefusedException">The new name is not a valid id, is taken in the id's space, or the id is the format's own.</exception>
        public static IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>> Rename(WorkspaceSnapshot snapshot, string path, int offset, string newName)
        {
            var symbol = SymbolAt(snapshot, path, offset) ?? throw new RenameRefusedException("There is no id here to rename.");
            if (!Names.IsValidId(newName))
                throw new RenameRefusedException($"'{newName}' is not a valid id: use lower-case letters and digits in words joined by single hyphens, starting with a letter.");
            if (newName == symbol.Ref.Id) return new Dictionary<string, IReadOnlyList<LspTextEdit>>();
            if (snapshot.Definition(symbol.Space, newName) is { } taken)
                throw new RenameRefusedException($"'{newName}' is already the id of {Article(FactDescriptions.KindOf(taken))} ({taken.Ref.Location}).");
            var uses = Uses(snapshot, symbol.Space, symbol.Ref.Id);
            if (uses.Any(IsStandard))
                throw new RenameRefusedException($"'{symbol.Ref.Id}' is a term of the standard declarations; declare a term of your own instead.");
            return uses.GroupBy(u => u.Ref.Location.Path, StringComparer.Ordinal).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<LspTextEdit>)g.Select(u => new LspTextEdit(LspRange.From(u.IdLocation), newName)).ToList(),
                StringComparer.Ordinal);
        }

        // Definitions and references of one id in one space, in every file, by path then position.
        private static List<KnowledgeSymbol> Uses(WorkspaceSnapshot snapshot, string space, string id) =>
            snapshot.Symbols.SelectMany(file => file.All.Where(s => s.Space == space && s.Ref.Id == id)).ToList();

        private static bool IsStandard(KnowledgeSymbol symbol) => symbol.Ref.Location.Path == StandardDeclarations.Path;

        private static string Describe(KnowledgeSymbol reference) =>
            reference.Space == KnowledgeSymbols.FactSpace
                ? (reference.Kind == StandardKinds.AnyFact ? "fact" : Names.ToKebabCase(reference.Kind).Replace('-', ' '))
                : Vocabularies.Describe(reference.Space);

        private static string Article(string noun) => ("aeiou".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;
    }

    /// <summary>A rename the server will not make; the message says why, and the client shows it.</summary>
    internal sealed class RenameRefusedException : Exception
    {
        public RenameRefusedException(string message) : base(message) { }
    }
}
