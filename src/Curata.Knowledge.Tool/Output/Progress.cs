using System;
using System.Diagnostics;
using System.IO;

namespace Curata.Knowledge.Tool.Output
{
    /// <summary>
    /// A progress bar on standard error (<c>[#######.............]  12/40 reading files</c>), redrawn in place, for work that
    /// takes long enough to wonder about. It draws only on an interactive terminal: when standard output or standard error is
    /// redirected (a pipe, a file, CI), it writes nothing, so logs and reports stay clean. It appears only once the work has
    /// run for a moment, so quick runs never flash a bar, and it erases itself when disposed.
    /// </summary>
    internal sealed class Progress : IDisposable
    {
        private const int BarWidth = 30;

        private static readonly TimeSpan DefaultShowAfter = TimeSpan.FromMilliseconds(400);

        private static readonly TimeSpan DefaultRedrawInterval = TimeSpan.FromMilliseconds(100);

        private readonly TextWriter? _writer;
        private readonly TimeSpan _showAfter;
        private readonly TimeSpan _redrawInterval;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly object _gate = new object();
        private TimeSpan? _lastDrawn;
        private int _drawnWidth;
        private int _done;
        private int _total;
        private string _label;

        /// <summary>
        /// A bar writing to <paramref name="writer"/>, or to nothing when <paramref name="writer"/> is null; it appears after
        /// <paramref name="showAfter"/> and redraws at most once per <paramref name="redrawInterval"/>.
        /// </summary>
        internal Progress(string label, int total, TextWriter? writer, TimeSpan showAfter, TimeSpan redrawInterval)
        {
            _label = label;
            _total = total;
            _writer = writer;
            _showAfter = showAfter;
            _redrawInterval = redrawInterval;
        }

        /// <summary>Whether a bar would be seen: neither standard output nor standard error is redirected.</summary>
        public static bool IsInteractive => !Console.IsOutputRedirected && !Console.IsErrorRedirected;

        /// <summary>A bar on the console's standard error when it is interactive (<see cref="IsInteractive"/>), silent otherwise.</summary>
        /// <param name="label">What is being done, shown after the count ("reading files").</param>
        /// <param name="total">How many steps the work has; 0 when not known yet (set it with <see cref="SetTotal"/>).</param>
        public static Progress Start(string label, int total = 0) =>
            new Progress(label, total, IsInteractive ? Console.Error : null, DefaultShowAfter, DefaultRedrawInterval);

        /// <summary>Sets how many steps the work has, once it is known.</summary>
        public void SetTotal(int total)
        {
            lock (_gate) _total = total;
        }

        /// <summary>Names what is being done now, and redraws.</summary>
        public void Describe(string label)
        {
            lock (_gate)
            {
                _label = label;
                Draw(force: true);
            }
        }

        /// <summary>Records <paramref name="steps"/> more steps done; safe to call from several threads.</summary>
        public void Advance(int steps = 1)
        {
            lock (_gate)
            {
                _done += steps;
                Draw(force: _done >= _total);
            }
        }

        /// <summary>Erases the bar, leaving the line as it was.</summary>
        public void Dispose()
        {
            lock (_gate)
            {
                if (_writer == null || _drawnWidth == 0) return;
                _writer.Write("\r" + new string(' ', _drawnWidth) + "\r");
                _writer.Flush();
                _drawnWidth = 0;
            }
        }

        /// <summary>The line drawn for <paramref name="done"/> of <paramref name="total"/> steps (no bar while the total is unknown).</summary>
        internal static string Line(string label, int done, int total)
        {
            if (total <= 0) return $"{done} {label}";
            var filled = (int)((long)Math.Min(done, total) * BarWidth / total);
            return $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {done,5}/{total} {label}";
        }

        private void Draw(bool force)
        {
            if (_writer == null) return;
            var now = _clock.Elapsed;
            if (now < _showAfter) return;
            if (!force && _lastDrawn is { } last && now - last < _redrawInterval) return;
            var line = Line(_label, _done, _total);
            // Pads over the end of a longer line drawn before.
            _writer.Write("\r" + line.PadRight(_drawnWidth));
            _writer.Flush();
            _drawnWidth = Math.Max(_drawnWidth, line.Length);
            _lastDrawn = now;
        }
    }
}
