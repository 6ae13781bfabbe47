using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Emit
{
    internal sealed partial class FactTableWriter
    {
        private readonly StringNumbering _strings;

        // The string table (layout: FactTableFormat.Strings): each string in slot order, a flag byte (0 UTF-8, 1 UTF-16 code
        // units for text that is not valid Unicode, such as a lone surrogate) and its bytes. Strings with the numbers they had
        // in the last write are copied from there, each run of them that lay together there at once.
        [MethodImpl(HotPath.Optimized)]
        private Buffer StringTable()
        {
            var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var last = _last == null ? null : new LastStrings(_last);
            var byNumber = _strings.ByNumber();
            var bucketFirst = _strings.BucketFirst();
            var bits = _strings.BucketBits;
            var ids = _positions.Facts.Length;
            var numbers = new int[_strings.Count];
            // Where each slot's bytes lie in the last write's table (-1: encoded afresh), and how many there are.
            var copiedFrom = new int[last == null ? 0 : numbers.Length];
            var copiedLength = new int[copiedFrom.Length];
            var size = 4 * (3 + bucketFirst.Length + numbers.Length + 1);
            for (var number = 0; number < byNumber.Length; number++)
            {
                if (byNumber[number] is not string value) continue;
                var slot = number < ids ? number : bucketFirst[FactTableFormat.StringBucket(number, ids, bits)] + FactTableFormat.StringPlace(number, ids, bits);
                numbers[slot] = number;
                if (last == null || !last.Has(number, value))
                {
                    if (last != null) copiedFrom[slot] = -1;
                    size += 1 + EncodedLength(value, utf8);
                    continue;
                }
                last.Find(number, out copiedFrom[slot], out copiedLength[slot]);
                size += copiedLength[slot];
            }
            // The header, room for the offsets, then the strings, in one buffer, each encoded straight into it.
            var w = new Buffer(size);
            w.Int32(numbers.Length);
            w.Int32(ids);
            w.Int32(bits);
            foreach (var first in bucketFirst) w.Int32(first);
            var offsets = w.Reserve(4 * (numbers.Length + 1));
            var data = w.Length;
            for (var slot = 0; slot < numbers.Length;)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (last != null && copiedFrom[slot] >= 0)
                {
                    var from = copiedFrom[slot];
                    var to = from;
                    for (; slot < numbers.Length && copiedFrom[slot] == to; to += copiedLength[slot++]) w.Int32At(offsets + 4 * slot, w.Length + to - from - data);
                    w.Write(_last!.Table, from, to - from);
                    continue;
                }
                var value = byNumber[numbers[slot]]!;
                var start = w.Length;
                w.Int32At(offsets + 4 * slot++, start - data);
                try
                {
                    w.Byte(0);
                    w.Utf8(value, utf8);
                }
                catch (System.Text.EncoderFallbackException)
                {
                    w.Truncate(start);
                    w.Byte(1);
                    foreach (var c in value)
                    {
                        w.Byte((byte)c);
                        w.Byte((byte)(c >> 8));
                    }
                }
            }
            w.Int32At(offsets + 4 * numbers.Length, w.Length - data);
            return w;
        }

        // A string's bytes in the table (after its flag): UTF-8, or two per UTF-16 code unit for text that is not valid Unicode.
        private static int EncodedLength(string value, System.Text.Encoding utf8)
        {
            try
            {
                return utf8.GetByteCount(value);
            }
            catch (System.Text.EncoderFallbackException)
            {
                return 2 * value.Length;
            }
        }

        // The last write's string table, read from its bytes.
        private sealed class LastStrings
        {
            private readonly WrittenFactTable _last;
            private readonly int _ids, _bits, _bucketFirst, _offsets, _data;

            public LastStrings(WrittenFactTable last)
            {
                _last = last;
                var section = TableBytes.SectionStart(last.Table, FactTableFormat.Strings);
                var count = TableBytes.Int32At(last.Table, section);
                _ids = TableBytes.Int32At(last.Table, section + 4);
                _bits = TableBytes.Int32At(last.Table, section + 8);
                _bucketFirst = section + 12;
                _offsets = _bucketFirst + 4 * ((1 << _bits) + 1);
                _data = _offsets + 4 * (count + 1);
            }

            // Whether string `number` is `value` there too: a string kept from there is its very instance (Renumbered).
            public bool Has(int number, string value) => number < _last.Strings.Length && ReferenceEquals(_last.Strings[number], value);

            // Where string `number`'s bytes lie there, and how many there are.
            public void Find(int number, out int start, out int length)
            {
                var slot = Slot(number);
                start = _data + Offset(slot);
                length = Offset(slot + 1) - Offset(slot);
            }

            private int Slot(int number) => number < _ids
                ? number
                : TableBytes.Int32At(_last.Table, _bucketFirst + 4 * FactTableFormat.StringBucket(number, _ids, _bits)) + FactTableFormat.StringPlace(number, _ids, _bits);

            private int Offset(int slot) => TableBytes.Int32At(_last.Table, _offsets + 4 * slot);
        }

        /// <summary>
        /// Numbers the table's strings (layout: <see cref="FactTableFormat.Strings"/>). The ids come first, numbered by fact
        /// number. The records are cut into runs of about 128 facts, one bucket each; every other string goes in the bucket of
        /// the record that first uses it (one first used outside records, in the bucket a hash of its text chooses) and is
        /// numbered by its first use among that bucket's strings. So a string new to a
        /// base, or first used elsewhere after an edit, renumbers only strings first used after it in its own bucket (and the
        /// one it left): the records of the other buckets keep their bytes, unless they use one of those. The slots follow
        /// the buckets, so strings lie in the order the records first use them, and texts written together stay together for
        /// the packer. A write that takes up the last one's renumbers that one's strings in the order it reaches them
        /// (<see cref="Renumbered"/>), so its numbers are those a fresh write gives.
        /// </summary>
        private sealed class StringNumbering
        {
            private readonly int _ids;
            private readonly int[] _bucketSizes;
            // A fresh write's strings, by value; a write that takes up the last one's holds here only the strings that one had not.
            private readonly Dictionary<string, int> _numbers;
            private readonly WrittenFactTable? _last;
            // Each of the last write's strings' number in this write (-1: not reached yet).
            private readonly int[] _renumbered = Array.Empty<int>();
            private string?[] _byNumber;
            private int _end;
            // The bucket of the record being written, which strings first used now go in; -1 outside records.
            private int _bucket = -1;

            public StringNumbering(FactSpec[] facts, WrittenFactTable? last)
            {
                _ids = facts.Length;
                BucketBits = FactTableFormat.StringBucketBits(_ids);
                _bucketSizes = new int[1 << BucketBits];
                _last = last;
                _byNumber = new string?[Math.Max(16, last?.Strings.Length ?? 4 * _ids)];
                _numbers = new Dictionary<string, int>(last == null ? 3 * _ids : 0, StringComparer.Ordinal);
                if (last == null)
                {
                    for (var i = 0; i < _ids; i++)
                    {
                        _numbers.Add(facts[i].Id.Id, i);
                        Set(i, facts[i].Id.Id);
                    }
                    return;
                }
                // The same ids, so the same numbers.
                _renumbered = new int[last.Strings.Length];
                for (var i = 0; i < _renumbered.Length; i++) _renumbered[i] = i < _ids ? i : -1;
                for (var i = 0; i < _ids; i++) Set(i, last.Strings[i]!);
            }

            public int BucketBits { get; }

            public int Count { get; private set; }

            /// <summary>Starts the record of fact <paramref name="number"/>: strings first used from now on go in its bucket.</summary>
            public void At(int number) => _bucket = (int)Math.Min(_bucketSizes.Length - 1, (long)number * _bucketSizes.Length / Math.Max(1, _ids));

            /// <summary>Ends a record: strings first used outside records go in a bucket chosen by their text.</summary>
            public void OutsideRecords() => _bucket = -1;

            /// <summary>The number of <paramref name="value"/>, given it when first asked for.</summary>
            [MethodImpl(HotPath.Optimized)]
            public int Number(string value)
            {
                if (_last != null && _last.StringNumbers.TryGetValue(value, out var was)) return Renumbered(was);
                if (_numbers.TryGetValue(value, out var number)) return number;
                number = Next(value);
                _numbers.Add(value, number);
                return number;
            }

            /// <summary>The number in this write of the last write's string <paramref name="was"/>.</summary>
            public int Renumbered(int was)
            {
                var number = _renumbered[was];
                return number >= 0 ? number : _renumbered[was] = Next(_last!.Strings[was]!);
            }

            /// <summary>Every string, by number (none where no string has that number).</summary>
            public string?[] ByNumber()
            {
                if (_byNumber.Length != _end) Array.Resize(ref _byNumber, _end);
                return _byNumber;
            }

            /// <summary>The slot of each bucket's first string, and after the last bucket the string count.</summary>
            public int[] BucketFirst()
            {
                var first = new int[_bucketSizes.Length + 1];
                first[0] = _ids;
                for (var bucket = 0; bucket < _bucketSizes.Length; bucket++) first[bucket + 1] = first[bucket] + _bucketSizes[bucket];
                return first;
            }

            /// <summary>
            /// Each string's number, by value, for the next write: a fresh write's dictionary, or the last write's with the
            /// numbers that changed put right.
            /// </summary>
            public Dictionary<string, int> Numbers()
            {
                if (_last == null) return _numbers;
                var numbers = new Dictionary<string, int>(_last.StringNumbers, StringComparer.Ordinal);
                var was = _last.Strings;
                var now = ByNumber();
                for (var number = 0; number < Math.Max(was.Length, now.Length); number++)
                {
                    var before = number < was.Length ? was[number] : null;
                    var after = number < now.Length ? now[number] : null;
                    // A string kept from the last write is its very instance (Renumbered), and one it did not have is no string it had.
                    if (ReferenceEquals(before, after)) continue;
                    if (before != null && numbers.TryGetValue(before, out var kept) && kept == number) numbers.Remove(before);
                    if (after != null) numbers[after] = number;
                }
                return numbers;
            }

            // The next number in the current bucket, or outside records in the bucket the text's hash chooses: the strings
            // the declarations, the vocabularies and the actors' names index first use are spread over every bucket.
            private int Next(string value)
            {
                var bucket = _bucket >= 0 ? _bucket : (int)(Hash(value) & (uint)(_bucketSizes.Length - 1));
                var number = FactTableFormat.StringNumber(_ids, bucket, _bucketSizes[bucket]++, BucketBits);
                Set(number, value);
                return number;
            }

            // FNV-1a over the UTF-16 code units: the same on every runtime and in every process, as the table must be.
            private static uint Hash(string value)
            {
                var hash = 2166136261;
                foreach (var c in value) hash = (hash ^ c) * 16777619;
                return hash;
            }

            private void Set(int number, string value)
            {
                if (number >= _byNumber.Length) Array.Resize(ref _byNumber, Math.Max(number + 1, 2 * _byNumber.Length));
                _byNumber[number] = value;
                _end = Math.Max(_end, number + 1);
                Count++;
            }
        }
    }
}
