using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Curata.Knowledge.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Generators.Parsing
{
    /// <summary>Which additional files are knowledge files, and reading one from an <see cref="AdditionalText"/>.</summary>
    internal static class KnowledgeFiles
    {
        /// <summary>Every <c>.json</c> additional file except JSON Schemas (<c>*.schema.json</c>).</summary>
        public static bool IsKnowledgeFile(string path) =>
            path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase);

        /// <summary>Plain-text additional files, which sources may name as their text (<c>textFile</c>).</summary>
        public static bool IsSourceText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

        public static SourceTextSpec ReadSourceText(AdditionalText file, CancellationToken cancellationToken) =>
            new SourceTextSpec(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);

        // The generator and the analyzer both read every knowledge file in the same compiler process, from the same SourceText
        // instances: the second reader takes the first one's model instead of parsing again. Keyed weakly on the text, so a
        // model lives no longer than the text it was read from.
        private static readonly ConditionalWeakTable<SourceText, KnowledgeFileSpec> ReadTexts = new ConditionalWeakTable<SourceText, KnowledgeFileSpec>();

        public static KnowledgeFileSpec Read(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken);
            if (text == null) return KnowledgeFileReader.Read(file.Path, SourceText.From(string.Empty), cancellationToken);
            if (ReadTexts.TryGetValue(text, out var cached) && cached.Path == file.Path) return cached;
            var spec = KnowledgeFileReader.Read(file.Path, text, cancellationToken);
            lock (ReadTexts)
            {
                ReadTexts.Remove(text);
                ReadTexts.Add(text, spec);
            }
            return spec;
        }

        /// <summary>
        /// Reads every file, in order, several at a time: reading is the longest stage of a cold run, and files are read
        /// independently. A file already read from the same text is taken from the cache <see cref="Read"/> keeps.
        /// </summary>
        public static ImmutableArray<KnowledgeFileSpec> ReadAll(IReadOnlyList<AdditionalText> files, CancellationToken cancellationToken)
        {
            var models = new KnowledgeFileSpec[files.Count];
            EveryCore.For(files.Count, i => models[i] = Read(files[i], cancellationToken), cancellationToken);
            return ImmutableArray.Create(models);
        }
    }
}
