using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Emit
{
    internal sealed partial class FactTableWriter
    {
        private readonly StringNumbering _strings;

        // The string table (layout: FactTableFormat.Strings), for a section that starts at `sectionStart` in the table: the ids'
        // region, then a region for each group of buckets, each string a flag byte (0 UTF-8, 1 UTF-16 code units for text that
        // is not valid Unicode, such as a lone surrogate) and its bytes. Strings with the numbers they had in the last write
        // are copied from there, each run of them that lay together there at once. Laid out first, for its size, then written
        // straight into the table (WriteTo, at `sectionStart`).
        [MethodImpl(HotPath.Optimized)]
        private (int Size, Action<Buffer> WriteTo) StringTable(int sectionStart)
        {
            var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var last = _last == null ? null : new LastStrings(_last);
            var byNumber = _strings.ByNumber();
            var ids = _positions.Facts.Length;
            var bits = _strings.BucketBits;
            // What each string takes (offset, flag and bytes), summed by region for the ids and by bucket for the others; and,
            // after an edit, where each string's bytes lie in the last write's table (-1: encoded afresh) and how many there are.
            long idBytes = 0;
            var bucketBytes = new long[1 << bits];
            var copiedFrom = new int[last == null ? 0 : byNumber.Length];
            var copiedLength = new int[copiedFrom.Length];
            for (var number = 0; number < byNumber.Length; number++)
            {
                if (byNumber[number] is not string value) continue;
                int length;
                if (last != null && last.Has(number, value))
                {
                    last.Find(number, out copiedFrom[number], out length);
                    copiedLength[number] = length;
                }
                else
                {
                    if (last != null) copiedFrom[number] = -1;
                    length = 1 + EncodedLength(value, utf8);
                }
                if (number < ids) idBytes += 4 + length;
                else bucketBytes[FactTableFormat.StringBucket(number, ids, bits)] += 4 + length;
            }
            var otherBytes = 0L;
            foreach (var bytes in bucketBytes) otherBytes += bytes;
            var regions = new StringRegions(_strings, ids, ownPages: OnPagesOfTheirOwn(otherBytes), bytesPerBucket: otherBytes >> bits);

            // Where each region starts in the section: after the header, and, when it has pages of its own, on the next page.
            var regionStarts = new int[regions.Count];
            var size = StringTableLayout.HeaderSize(bits, regions.GroupBits);
            for (var region = 0; region < regions.Count; region++)
            {
                if (regions.OwnPages) size = PageStart(sectionStart + size) - sectionStart;
                regionStarts[region] = size;
                size += 4 + (int)(region == 0 ? idBytes : regions.Bytes(region, bucketBytes));
            }

            return (size, WriteTo);

            void WriteTo(Buffer w)
            {
                var origin = w.Length;
                w.Int32(_strings.Count);
                w.Int32(ids);
                w.Int32(bits);
                w.Int32(regions.GroupBits);
                foreach (var start in regions.BucketStarts) w.Int32(start);
                foreach (var start in regionStarts) w.Int32(start);
                for (var region = 0; region < regions.Count; region++)
                {
                    w.Zeros(origin + regionStarts[region] - w.Length);
                    var regionStart = w.Length;
                    var offsets = w.Reserve(4 * (regions.Size(region) + 1));
                    var index = 0;
                    // The run of copied bytes not yet written: the last table's bytes from `runFrom` to `runTo`.
                    int runFrom = 0, runTo = 0;
                    foreach (var number in regions.Numbers(region))
                    {
                        _cancellationToken.ThrowIfCancellationRequested();
                        w.Int32At(offsets + 4 * index++, w.Length + runTo - runFrom - regionStart);
                        if (last != null && copiedFrom[number] >= 0)
                        {
                            if (copiedFrom[number] != runTo)
                            {
                                WriteRun();
                                runFrom = runTo = copiedFrom[number];
                            }
                            runTo += copiedLength[number];
                            continue;
                        }
                        WriteRun();
                        Encode(w, byNumber[number]!, utf8);
                    }
                    WriteRun();
                    w.Int32At(offsets + 4 * index, w.Length - regionStart);

                    void WriteRun()
                    {
                        if (runTo > runFrom) w.Write(_last!.Table, runFrom, runTo - runFrom);
                        runFrom = runTo;
                    }
                }
            }
        }

        // A string's flag byte and bytes: UTF-8, or for text that is not valid Unicode two bytes per UTF-16 code unit.
        private static void Encode(Buffer w, string value, System.Text.Encoding utf8)
        {
            var start = w.Length;
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

        /// <summary>
        /// How the strings are laid out in regions (<see cref="FactTableFormat.Strings"/>): the ids in one, then the buckets in
        /// groups. A write kept for the next whose strings besides the ids take <see cref="PagesBeforePadding"/> pages or more
        /// (<see cref="OnPagesOfTheirOwn"/>) starts each region on a page of its own, so that after an edit a text moves only its own region's bytes and the
        /// packer keeps every other page; a group then holds as many buckets as make at most three quarters of a page on
        /// average (<see cref="RunBits"/>), so few regions spill onto a second page, and the padding is zeros, which deflate makes almost nothing of.
        /// Another table keeps its strings together in one region: padding would only add pages, and nothing writes it again
        /// from what it left.
        /// </summary>
        private sealed class StringRegions
        {
            private readonly StringNumbering _strings;
            private readonly int _ids;

            public StringRegions(StringNumbering strings, int ids, bool ownPages, long bytesPerBucket)
            {
                _strings = strings;
                _ids = ids;
                var bucketBits = strings.BucketBits;
                OwnPages = ownPages;
                var groupBits = ownPages ? RunBits(bytesPerBucket, bucketBits) : bucketBits;
                GroupBits = groupBits;
                Count = FactTableFormat.StringRegionCount(bucketBits, groupBits);

                var sizes = strings.BucketSizes;
                BucketStarts = new int[sizes.Length];
                for (var bucket = 0; bucket < sizes.Length; bucket++)
                {
                    if ((bucket & ((1 << groupBits) - 1)) != 0) BucketStarts[bucket] = BucketStarts[bucket - 1] + sizes[bucket - 1];
                }
            }

            public bool OwnPages { get; }

            public int GroupBits { get; }

            public int Count { get; }

            /// <summary>Each bucket's first string's index in its region.</summary>
            public int[] BucketStarts { get; }

            /// <summary>How many strings region <paramref name="region"/> holds.</summary>
            public int Size(int region)
            {
                if (region == 0) return _ids;
                var size = 0;
                for (var bucket = FirstBucket(region); bucket < FirstBucket(region + 1); bucket++) size += _strings.BucketSizes[bucket];
                return size;
            }

            /// <summary>What region <paramref name="region"/>'s strings (not the ids') take, an offset each included.</summary>
            public long Bytes(int region, long[] bucketBytes)
            {
                var bytes = 0L;
                for (var bucket = FirstBucket(region); bucket < FirstBucket(region + 1); bucket++) bytes += bucketBytes[bucket];
                return bytes;
            }

            /// <summary>The numbers of region <paramref name="region"/>'s strings, in the order they lie.</summary>
            public IEnumerable<int> Numbers(int region)
            {
                if (region == 0)
                {
                    for (var number = 0; number < _ids; number++) yield return number;
                    yield break;
                }
                for (var bucket = FirstBucket(region); bucket < FirstBucket(region + 1); bucket++)
                {
                    for (var place = 0; place < _strings.BucketSizes[bucket]; place++) yield return FactTableFormat.StringNumber(_ids, bucket, place, _strings.BucketBits);
                }
            }

            private int FirstBucket(int region) => Math.Min(_strings.BucketSizes.Length, (region - 1) << GroupBits);
        }

        // The last write's string table, read from its bytes.
        private sealed class LastStrings
        {
            private readonly WrittenFactTable _last;
            private readonly StringTableLayout _layout;

            public LastStrings(WrittenFactTable last)
            {
                _last = last;
                _layout = StringTableLayout.Read(new TableNumbers(last.Table), TableBytes.SectionStart(last.Table, FactTableFormat.Strings));
            }

            // Whether string `number` is `value` there too: a string kept from there is its very instance (Renumbered).
            public bool Has(int number, string value) => number < _last.Strings.Length && ReferenceEquals(_last.Strings[number], value);

            // Where string `number`'s bytes (flag included) lie there, and how many there are.
            public void Find(int number, out int start, out int length)
            {
                _layout.Locate(new TableNumbers(_last.Table), number, out start, out var end);
                length = end - start;
            }
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
                _numbers = new Dictionary<string, int>(last == null ? 4 * _ids : 0, StringComparer.Ordinal);
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

            /// <summary>How many strings each bucket holds.</summary>
            public int[] BucketSizes => _bucketSizes;

            /// <summary>
            /// Each string's number, by value, for the next write: a fresh write's dictionary, or the last write's with the
            /// numbers that changed put right.
            /// </summary>
            public StringNumbers Numbers() => _last == null ? StringNumbers.Of(_numbers) : _last.StringNumbers.After(_last.Strings, ByNumber());

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
