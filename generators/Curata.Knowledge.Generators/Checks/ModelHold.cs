using System.Threading;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>Who reads and checks a knowledge base in a compiler process.</summary>
    internal enum BaseReader
    {
        /// <summary>The analyzer, and the command-line tool, which checks as the analyzer does.</summary>
        Analyzer,

        /// <summary>The generator's pipeline.</summary>
        Generator,
    }

    /// <summary>
    /// The one strong hold on a knowledge base's models and check outside their owners. The caches that hand models from one
    /// reader to the next (<c>KnowledgeFiles</c>' by text, the checker's by model) hold them only weakly, so a model lives as
    /// long as someone uses it: in an editor, the generator driver's per-file steps. Two hand-overs have no such owner, and are
    /// held here:
    /// <list type="bullet">
    /// <item>the generator's read-ahead, from reading every file at once to its per-file steps, which take the models next;</item>
    /// <item>a check, until the other reader takes it: in a command-line build the compiler drops the generator driver once the
    /// generator has run, and the analyzer takes the generator's check next. Then it is let go, so the compiler collects the
    /// models before it compiles and emits. A check the analyzer made alone stays held for its next pass, until the next check
    /// replaces it.</item>
    /// </list>
    /// </summary>
    internal static class ModelHold
    {
        private static readonly object Gate = new object();
        private static object? _held;
        private static BaseReader _heldBy;

        /// <summary>Holds <paramref name="models"/> (models read ahead, or a check) that <paramref name="madeBy"/> made, in place of what was held.</summary>
        public static void Hold(object models, BaseReader madeBy)
        {
            lock (Gate)
            {
                _held = models;
                _heldBy = madeBy;
            }
        }

        /// <summary>Lets go of whatever is held.</summary>
        public static void Forget()
        {
            lock (Gate) _held = null;
        }

        /// <summary>A check was taken by <paramref name="reader"/>: what the other reader made is let go, since both have it now.</summary>
        public static void TakenBy(BaseReader reader)
        {
            lock (Gate)
            {
                if (_heldBy != reader) _held = null;
            }
        }
    }
}
