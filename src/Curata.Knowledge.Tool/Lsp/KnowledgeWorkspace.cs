using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Curata.Knowledge.Generators.Analyzers;
using Curata.Knowledge.Generators.Checks;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Diagnostics;
using Curata.Knowledge.Generators.Model;
using Curata.Knowledge.Generators.Parsing;
using Curata.Knowledge.Tool.Input;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Curata.Knowledge.Tool.Lsp
{
    /// <summary>
    /// One knowledge file or source text as the server sees it: its text from disk, or the editor's text while it is open. The
    /// model is read from the text on first use and kept: an edit makes a new document, so only the edited file is read again.
    /// </summary>
    internal sealed class KnowledgeDocument
    {
        private readonly object _gate = new();
        private KnowledgeFileSpec? _model;

        public KnowledgeDocument(string path, SourceText text, bool isOpen)
        {
            Path = path;
            Text = text;
            IsOpen = isOpen;
        }

        public string Path { get; }

        public SourceText Text { get; }

        /// <summary>Whether the editor holds this document (its text wins over the disk's).</summary>
        public bool IsOpen { get; }

        public bool IsKnowledgeFile => KnowledgeFiles.IsKnowledgeFile(Path);

        /// <summary>The file as the generator's reader reads it (knowledge files only).</summary>
        public KnowledgeFileSpec Model => ReadModel(CancellationToken.None);

        /// <summary>Where the facts are in the text, once the model is read; null when the text does not parse cleanly.</summary>
        public FactLayout? Layout { get; private set; }

        /// <summary>The model, read now if it was not yet; a cancelled reading leaves nothing behind.</summary>
        public KnowledgeFileSpec ReadModel(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                if (_model != null) return _model;
                using var parsed = KnowledgeFileReader.Parse(Text, cancellationToken);
                _model = KnowledgeFileReader.Read(Path, parsed, isStandard: false, cancellationToken);
                Layout = FactLayout.Of(parsed);
                return _model;
            }
        }
    }

    /// <summary>
    /// The knowledge folder the editor works in: every knowledge file, source text and <c>.editorconfig</c> the build would
    /// read (<see cref="KnowledgeFolder"/> decides which), with the open documents' text over the disk's. Changes replace
    /// documents; <see cref="Snapshot"/> hands out an immutable view for checking and answering requests.
    /// </summary>
    internal sealed class KnowledgeWorkspace
    {
        private readonly object _gate = new();
        private ImmutableDictionary<string, KnowledgeDocument> _documents;
        private ImmutableDictionary<string, SourceText> _editorConfigs;
        private int _version;

        private KnowledgeWorkspace(string root, ImmutableDictionary<string, KnowledgeDocument> documents, ImmutableDictionary<string, SourceText> editorConfigs)
        {
            Root = root;
            _documents = documents;
            _editorConfigs = editorConfigs;
        }

        /// <summary>The knowledge folder's full path.</summary>
        public string Root { get; }

        /// <summary>Reads the folder's files from disk; their models are read when first needed.</summary>
        public static KnowledgeWorkspace Load(string folder)
        {
            var root = Path.GetFullPath(folder);
            var files = Directory.Exists(root) ? KnowledgeFolder.FilesIn(root) : Array.Empty<string>();
            var documents = files.ToImmutableDictionary(path => path, path => new KnowledgeDocument(path, ReadFile(path)!, isOpen: false), StringComparer.Ordinal);
            var editorConfigs = KnowledgeFolder.EditorConfigsFor(root, files).ToImmutableDictionary(path => path, path => ReadFile(path)!, StringComparer.Ordinal);
            return new KnowledgeWorkspace(root, documents, editorConfigs);
        }

        /// <summary>Whether the build would read the file at <paramref name="path"/> as knowledge or as a source text.</summary>
        public bool IsKnowledgeInput(string path) => IsUnderRoot(path) && KnowledgeFolder.IsKnowledgeInput(Root, path);

        /// <summary>Whether <paramref name="path"/> is an .editorconfig file the build would take the severities from.</summary>
        public bool IsEditorConfig(string path)
        {
            if (!EditorConfigSeverities.IsEditorConfig(path)) return false;
            // In the folder, below it, or in a folder above it (as the package's targets pass them to the build).
            var folder = Path.GetDirectoryName(path)!.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return IsUnderRoot(path) || (Root + Path.DirectorySeparatorChar).StartsWith(folder, StringComparison.Ordinal);
        }

        /// <summary>The editor opened or changed a document: its text replaces what the server had.</summary>
        public void SetText(string path, SourceText text, bool isOpen)
        {
            lock (_gate)
            {
                if (IsEditorConfig(path)) _editorConfigs = _editorConfigs.SetItem(path, text);
                else if (IsKnowledgeInput(path)) _documents = _documents.SetItem(path, new KnowledgeDocument(path, text, isOpen));
                else return;
                _version++;
            }
        }

        /// <summary>The text the server holds for <paramref name="path"/>, or null when it is not part of the knowledge.</summary>
        public SourceText? TextOf(string path)
        {
            lock (_gate) return _documents.TryGetValue(path, out var document) ? document.Text : _editorConfigs.TryGetValue(path, out var config) ? config : null;
        }

        /// <summary>The editor closed a document, or the file changed on disk: the disk's text counts again (or the file is gone).</summary>
        public void ReloadFromDisk(string path, bool onlyIfClosed)
        {
            lock (_gate)
            {
                if (onlyIfClosed && _documents.TryGetValue(path, out var open) && open.IsOpen) return;
                var text = ReadFile(path);
                if (IsEditorConfig(path))
                    _editorConfigs = text == null ? _editorConfigs.Remove(path) : _editorConfigs.SetItem(path, text);
                else if (IsKnowledgeInput(path))
                    _documents = text == null ? _documents.Remove(path) : _documents.SetItem(path, new KnowledgeDocument(path, text, isOpen: false));
                else return;
                _version++;
            }
        }

        /// <summary>An immutable view of the workspace as it is now.</summary>
        public WorkspaceSnapshot Snapshot()
        {
            lock (_gate) return new WorkspaceSnapshot(_version, _documents, _editorConfigs);
        }

        private bool IsUnderRoot(string path) => path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        private static SourceText? ReadFile(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                return SourceText.From(stream, throwIfBinaryDetected: false);
            }
            catch (IOException) when (!File.Exists(path))
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// The workspace at one version: checked as the build checks (the generator's reader per file, then
    /// <see cref="KnowledgeBaseChecker"/> and <see cref="KnowledgeCheck"/> with the .editorconfig severities), and indexed
    /// for navigation. What it computes it keeps, so requests on one version share the work.
    /// </summary>
    internal sealed class WorkspaceSnapshot
    {
        // A file's symbols depend only on its model and the declarations' reference and term properties; both are kept, so an
        // edit to one file rebuilds that file's symbols only.
        private static readonly ConditionalWeakTable<KnowledgeFileSpec, Tuple<string, KnowledgeSymbols>> SymbolsByModel = new();

        private readonly Lazy<KnowledgeFileSpec[]> _models;
        private readonly Lazy<ImmutableArray<SourceTextSpec>> _sourceTexts;
        private readonly Lazy<DeclaredModel> _declarations;
        private readonly Lazy<IReadOnlyList<KnowledgeSymbols>> _symbols;
        private readonly Lazy<EditorConfigSeverities> _severities;

        public WorkspaceSnapshot(int version, ImmutableDictionary<string, KnowledgeDocument> documents, ImmutableDictionary<string, SourceText> editorConfigs)
        {
            Version = version;
            Documents = documents;
            EditorConfigs = editorConfigs;
            _models = new Lazy<KnowledgeFileSpec[]>(() => ReadModels(CancellationToken.None));
            _sourceTexts = new Lazy<ImmutableArray<SourceTextSpec>>(() =>
                Documents.Values.Where(d => KnowledgeFiles.IsSourceText(d.Path)).Select(d => new SourceTextSpec(d.Path, d.Text.ToString())).ToImmutableArray());
            _declarations = new Lazy<DeclaredModel>(() => DeclaredModel.Check(StandardDeclarations.File, _models.Value, new List<DiagnosticInfo>()));
            _symbols = new Lazy<IReadOnlyList<KnowledgeSymbols>>(BuildSymbols);
            _severities = new Lazy<EditorConfigSeverities>(() => EditorConfigSeverities.Read(EditorConfigs.Select(e => (AdditionalText)new EditorText(e.Key, e.Value)), CancellationToken.None));
        }

        public int Version { get; }

        public ImmutableDictionary<string, KnowledgeDocument> Documents { get; }

        public ImmutableDictionary<string, SourceText> EditorConfigs { get; }

        /// <summary>Every knowledge file's model, by path (ordinal), read in parallel the first time.</summary>
        public IReadOnlyList<KnowledgeFileSpec> Models => _models.Value;

        /// <summary>The declarations in force: the standard ones and every file's, as the checks see them.</summary>
        public DeclaredModel Declarations => _declarations.Value;

        /// <summary>The symbols of every knowledge file, and of the standard declarations last (their terms have no file to edit).</summary>
        public IReadOnlyList<KnowledgeSymbols> Symbols => _symbols.Value;

        public EditorConfigSeverities Severities => _severities.Value;

        /// <summary>The characters of knowledge JSON in the workspace: how long a full check will take grows with it.</summary>
        public long KnowledgeCharacters => Documents.Values.Where(d => d.IsKnowledgeFile).Sum(d => (long)d.Text.Length);

        /// <summary>The knowledge base checked as the build checks it.</summary>
        public KnowledgeBaseSpec Check(CancellationToken cancellationToken)
        {
            // Read with the check's token, so a reading can be cancelled: the next keystroke should not wait for a file it
            // replaces. A document keeps its model, so `Models` finds them read afterwards.
            var models = ReadModels(cancellationToken);
            return KnowledgeBaseChecker.Check(models.ToImmutableArray(), SourceTexts, cancellationToken);
        }

        /// <summary>Every diagnostic of a check of this snapshot, at its configured severity, in the build's order.</summary>
        public IReadOnlyList<Diagnostic> Configured(KnowledgeBaseSpec checkedBase) => KnowledgeCheck.All(checkedBase, Severities, EditorConfigs.Keys);

        /// <summary>Diagnostics of one file, at their configured severity, in the build's order.</summary>
        public IReadOnlyList<Diagnostic> Configured(string path, IEnumerable<DiagnosticInfo> diagnostics) =>
            diagnostics.Select(d => KnowledgeCheck.Configured(d, path, Severities)).Where(d => d != null).Select(d => d!)
                .OrderBy(d => d.Location.SourceSpan.Start).ToList();

        /// <summary>The source texts (<c>textFile</c>) as the checks take them.</summary>
        public ImmutableArray<SourceTextSpec> SourceTexts => _sourceTexts.Value;

        /// <summary>What the reader alone finds in one file (syntax, shapes, values), configured: known before any cross-file check.</summary>
        public IReadOnlyList<Diagnostic> ReadDiagnostics(string path) =>
            Documents.TryGetValue(path, out var document) && document.IsKnowledgeFile
                ? Configured(path, document.Model.Diagnostics)
                : Array.Empty<Diagnostic>();

        /// <summary>The symbols of one file, or null when it is not a knowledge file of this workspace.</summary>
        public KnowledgeSymbols? SymbolsOf(string path) => Symbols.FirstOrDefault(s => s.Path == path);

        /// <summary>The definition of an id in a space: the first in path order, as the checks decide which one counts.</summary>
        public KnowledgeSymbol? Definition(string space, string id)
        {
            foreach (var file in Symbols)
            {
                if (file.Definitions.TryGetValue((space, id), out var definition)) return definition;
            }
            return null;
        }

        private KnowledgeFileSpec[] ReadModels(CancellationToken cancellationToken)
        {
            var documents = Documents.Values.Where(d => d.IsKnowledgeFile).OrderBy(d => d.Path, StringComparer.Ordinal).ToArray();
            Parallel.ForEach(documents, new ParallelOptions { CancellationToken = cancellationToken }, document => document.ReadModel(cancellationToken));
            return documents.Select(d => d.Model).ToArray();
        }

        private IReadOnlyList<KnowledgeSymbols> BuildSymbols()
        {
            var declarations = Declarations;
            var key = DeclarationsKey(declarations);
            var files = _models.Value.Append(StandardDeclarations.File).ToArray();
            var symbols = new KnowledgeSymbols[files.Length];
            Parallel.For(0, files.Length, i =>
            {
                if (SymbolsByModel.TryGetValue(files[i], out var cached) && cached.Item1 == key)
                {
                    symbols[i] = cached.Item2;
                    return;
                }
                symbols[i] = KnowledgeSymbols.Build(files[i], declarations);
                SymbolsByModel.AddOrUpdate(files[i], Tuple.Create(key, symbols[i]));
            });
            return symbols;
        }

        // What a file's symbols depend on beyond the file: the kinds' sections and the reference and term properties.
        private static string DeclarationsKey(DeclaredModel declarations) =>
            string.Join("|", declarations.KindsByPlural.Select(k => k.Key + ">" + k.Value.Id.Id).OrderBy(k => k, StringComparer.Ordinal)
                .Concat(declarations.Properties.Values.SelectMany(p => p.Values)
                    .Where(p => p.Type == Datatype.Reference || p.Type == Datatype.Term)
                    .Select(p => p.Kind.Name + "." + p.Id.Name + ">" + p.Target?.Name).OrderBy(p => p, StringComparer.Ordinal)));

        /// <summary>An .editorconfig text as the compiler would hand it to an analyzer.</summary>
        private sealed class EditorText : AdditionalText
        {
            private readonly SourceText _text;

            public EditorText(string path, SourceText text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }
    }
}
