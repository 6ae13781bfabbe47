// The binary layout of a compiled knowledge base, shared by the generator (which writes it) and the runtime (which reads it).
// The generator compiles this file too, in its own namespace.
#if KNOWLEDGE_GENERATOR
namespace Curata.Knowledge.Generators.Model
#else
namespace Curata.Knowledge.Storage
#endif
{
    /// <summary>
    /// Layout of the fact table: a header of section offsets, then sections. All fixed-width numbers are little-endian
    /// 32-bit; everything inside a record is a variable-length unsigned integer (7 bits per byte, low bits first).
    /// Optional values are stored plus one, so 0 means absent. Strings are numbers in the string table (<see cref="Strings"/>).
    /// A fact section is: count, then count record offsets (relative to the end of the offsets), then the records. Where a
    /// build may write the table again after an edit, the writer lays a large section's records out in runs, each on a page
    /// of its own (<see cref="PageBits"/>), and starts the section on a page: what lies between runs is never read.
    /// Every fact record of every kind has the same form: id, citations (count, then source position, paragraph + 1, note + 1),
    /// external ids (count, then scheme position, value), then the length in bytes of its values and its values. Values are
    /// every property's, built-in (a source's title, an event's participants) or declared, and are laid out by the schema
    /// (<see cref="Schema"/>) alone: how many properties are present, then for each, in slot order, its slot and, for a
    /// many-valued property its item count and items, for another its one item; each item as its datatype stores it. An <see cref="Object"/> item (a role, a participant, a fatality
    /// report) is values of the same form, following the object's own properties in the schema. The writer and the runtime
    /// both follow the schema, so it is the one definition of the layout of every value.
    /// </summary>
    internal static class FactTableFormat
    {
        /// <summary>"CKB" and the format version (5: the string table in regions).</summary>
        public const uint Magic = 0x05424B43;

        /// <summary>
        /// The table is stored in pages of this many bytes, each compressed on its own (deflate), so a query decompresses only
        /// the pages it reads. Packed form: table length, page count, page count + 1 offsets of the compressed pages, the pages.
        /// </summary>
        public const int PageBits = 16;

        // Section numbers, in header order. Each section's offset is a uint32 after the magic. The sections lie in number
        // order but for the string table, which lies last.

        /// <summary>
        /// The string table. Strings are referred to by number. The facts' ids are the first strings, numbered by fact number.
        /// Every other string falls in a bucket (the writer's choice: that of the run of records that first uses it, or for a
        /// string first used elsewhere, one its text chooses) and is numbered <see cref="StringNumber"/>(bucket, its place among
        /// the bucket's strings), so a string's number depends only on the strings of its own bucket and an edit renumbers few.
        /// <para>
        /// The strings lie in regions: region 0 holds the ids, and each further region the strings of 2^group bits buckets in
        /// turn (<see cref="StringRegion"/>), each bucket's in place order. The section is: string count, id count, bucket bits
        /// (<see cref="StringBucketBits"/>), group bits, then for each bucket the index of its first string in its region, then
        /// each region's start (from the section's start); then the regions. A region is: an offset (from the region's start)
        /// for each of its strings and one past the last, then each string: a flag byte (0 UTF-8, 1 UTF-16 code units) and its
        /// bytes. What lies between regions is not read: where a build may write the table again after an edit, the writer starts
        /// each region of a large table on a page of its own (<see cref="PageBits"/>), so an edited text moves no string of
        /// another region and the packer keeps their pages.
        /// </para>
        /// </summary>
        public const int Strings = 0;
        public const int Sources = 1;
        public const int Actors = 2;
        public const int Statements = 3;
        public const int Events = 4;
        public const int Relations = 5;
        public const int EventTypes = 6;
        public const int ParticipantRoles = 7;
        public const int Predicates = 8;
        public const int StatementsBySpeaker = 9;
        public const int ParticipationsByActor = 10;
        public const int RelationsByActor = 11;
        public const int ConsequencesByEvent = 12;
        public const int PartsByEvent = 13;
        public const int StatementsAboutFact = 14;
        public const int RolesByInstitution = 15;
        public const int FactsBySource = 16;
        public const int EventsByDate = 17;
        public const int StatementsByDate = 18;
        public const int ActorNames = 19;

        /// <summary>
        /// The declarations in force: identifier schemes (id, name, url template + 1), then every kind with facts in the table
        /// (the five with readers of their own first, then the declared kinds by id): id, plural, and its properties in slot
        /// order: property count, then each property's name, datatype, many, target + 1, enum value count and values, and its
        /// own properties in the same form (an object's; none for other datatypes). A kind's slots are its built-in properties
        /// in the order the standard declarations declare them, then every other property by name.
        /// </summary>
        public const int Schema = 20;

        /// <summary>The simple vocabularies (actor, source, role, place kinds): count, then per vocabulary a relative offset to a record section of terms (id, name, description + 1, parent + 1).</summary>
        public const int Terms = 21;

        /// <summary>The facts of declared kinds: kind count, then per declared kind (schema order) a relative offset to its record section.</summary>
        public const int DeclaredFacts = 22;

        /// <summary>What refers to each fact through a declared reference: keyed by global fact number, items (referrer's global number, slot).</summary>
        public const int ReferencesTo = 23;

        public const int SectionCount = 24;

        /// <summary>Fact kinds with readers of their own, in the order the global fact number counts them (sources first, relations last); declared kinds follow.</summary>
        public const int KindCount = 5;

        /// <summary>
        /// Datatype numbers of properties, as the schema stores them. An item is stored as: text, verbatim and identifier, a
        /// string; term, its position in its vocabulary's section (ordered by id); integer and boolean, zigzag; decimal, the string written; date,
        /// <see cref="PackDate"/>; span, a tag (<see cref="NoSpan"/>, <see cref="SingleDate"/>, <see cref="Interval"/>) and its
        /// dates; count, 1 then low + 1, best + 1, high + 1 (0 alone for none); quantity, amount and unit strings; point, the
        /// bits of latitude, longitude and precision (0: none); enum, the value's index; reference, the global fact number;
        /// object, its values.
        /// </summary>
        public const int Text = 0, Verbatim = 1, Integer = 2, Decimal = 3, Boolean = 4, Date = 5, Span = 6, Count = 7, Quantity = 8, Point = 9,
            Identifier = 10, Enum = 11, Reference = 12, Term = 13, Object = 14;

        /// <summary>
        /// How many bits of a string's number (after the ids) say its bucket: the buckets number a power of two, about one for
        /// every 128 ids, at least 64. A base has a few strings besides its ids for each fact, so a bucket holds a few hundred:
        /// enough for the buckets' sizes to be even, so the numbers stay about as small as numbering every string in turn
        /// would make them, and few enough that an edit renumbers few.
        /// </summary>
        public static int StringBucketBits(int ids)
        {
            var bits = 6;
            while (bits < 24 && 1 << bits < ids / 128) bits++;
            return bits;
        }

        /// <summary>The number of the string at <paramref name="place"/> among <paramref name="bucket"/>'s strings.</summary>
        public static int StringNumber(int ids, int bucket, int place, int bucketBits) => ids + bucket + (place << bucketBits);

        /// <summary>The bucket of string <paramref name="number"/>, which is not an id's.</summary>
        public static int StringBucket(int number, int ids, int bucketBits) => (number - ids) & ((1 << bucketBits) - 1);

        /// <summary>The place of string <paramref name="number"/>, which is not an id's, among its bucket's strings.</summary>
        public static int StringPlace(int number, int ids, int bucketBits) => (number - ids) >> bucketBits;

        /// <summary>The region that holds string <paramref name="number"/>: 0 for an id, else one per 2^<paramref name="groupBits"/> buckets.</summary>
        public static int StringRegion(int number, int ids, int bucketBits, int groupBits) =>
            number < ids ? 0 : 1 + (StringBucket(number, ids, bucketBits) >> groupBits);

        /// <summary>How many regions the string table has.</summary>
        public static int StringRegionCount(int bucketBits, int groupBits) => 1 + (1 << (bucketBits - groupBits));

        // Tags of a span.
        public const int NoSpan = 0;
        public const int SingleDate = 1;
        public const int Interval = 2;

        // Day numbers of an open interval end in the date indexes.
        public const int OpenStart = int.MinValue;
        public const int OpenEnd = int.MaxValue;

        /// <summary>
        /// A partial date packed into one number (plus one, so 0 is "no date"). When <paramref name="hasTime"/>, two more numbers
        /// follow: <see cref="PackTime"/> and <see cref="PackOffset"/>.
        /// </summary>
        public static ulong PackDate(int year, int? month, int? day, bool approximate, bool hasTime = false) =>
            (((((ulong)year * 13 + (ulong)(month ?? 0)) * 32 + (ulong)(day ?? 0)) << 1 | (approximate ? 1UL : 0UL)) << 1 | (hasTime ? 1UL : 0UL)) + 1;

        /// <summary>A time of day: seconds since midnight, doubled, plus one when the seconds are known.</summary>
        public static ulong PackTime(System.TimeSpan time, bool hasSeconds) => (ulong)(long)time.TotalSeconds * 2 + (hasSeconds ? 1UL : 0UL);

        /// <summary>An offset from UTC in minutes, shifted to be positive, plus one (0: no offset given).</summary>
        public static ulong PackOffset(System.TimeSpan? offset) => offset is System.TimeSpan value ? (ulong)((long)value.TotalMinutes + 14 * 60) + 1 : 0;

        public static void UnpackTime(ulong time, ulong offset, out System.TimeSpan timeOfDay, out bool hasSeconds, out System.TimeSpan? utcOffset)
        {
            timeOfDay = System.TimeSpan.FromSeconds((long)(time / 2));
            hasSeconds = (time & 1) == 1;
            utcOffset = offset == 0 ? null : System.TimeSpan.FromMinutes((long)offset - 1 - 14 * 60);
        }

        /// <summary>
        /// How actor names and aliases are compared: letters and digits only, in lower case. Read by code point, so letters
        /// and digits outside the Basic Multilingual Plane (𝔄, 𠀀: surrogate pairs) count like any other and two names that
        /// differ only in them stay different; those are kept as written, since their case mapping is not the same on every
        /// runtime the generator and the program may use. A lone surrogate is no letter and is dropped.
        /// </summary>
        public static string NormaliseName(string name)
        {
            // One array and the string: this runs for every name and alias, at build time and when a table is opened.
            var buffer = new char[name.Length];
            var length = 0;
            for (var i = 0; i < name.Length; i++)
            {
                if (char.IsSurrogatePair(name, i))
                {
                    if (char.IsLetterOrDigit(name, i))
                    {
                        buffer[length++] = name[i];
                        buffer[length++] = name[i + 1];
                    }
                    i++;
                }
                else if (char.IsLetterOrDigit(name[i]))
                {
                    buffer[length++] = char.ToLowerInvariant(name[i]);
                }
            }
            return new string(buffer, 0, length);
        }

        public static void UnpackDate(ulong packed, out int year, out int? month, out int? day, out bool approximate, out bool hasTime)
        {
            packed -= 1;
            hasTime = (packed & 1) == 1;
            packed >>= 1;
            approximate = (packed & 1) == 1;
            packed >>= 1;
            var d = (int)(packed % 32);
            packed /= 32;
            var m = (int)(packed % 13);
            year = (int)(packed / 13);
            month = m == 0 ? null : m;
            day = d == 0 ? null : d;
        }
    }

    /// <summary>Reads a table's little-endian 32-bit numbers, wherever its bytes are kept (the runtime's pages, the generator's last write).</summary>
    internal interface ITableNumbers
    {
        int Int32(int position);
    }

    /// <summary>
    /// Finds a string's bytes in a written table (layout: <see cref="FactTableFormat.Strings"/>). The runtime reads strings
    /// through it, and the generator's next write finds through it the bytes it copies from the last.
    /// </summary>
    internal readonly struct StringTableLayout
    {
        private StringTableLayout(int section, int ids, int bucketBits, int groupBits)
        {
            Section = section;
            Ids = ids;
            BucketBits = bucketBits;
            GroupBits = groupBits;
        }

        /// <summary>Where the string section starts in the table.</summary>
        public int Section { get; }

        public int Ids { get; }

        public int BucketBits { get; }

        public int GroupBits { get; }

        /// <summary>The bytes before the first region: four numbers, each bucket's first index in its region, each region's start.</summary>
        public static int HeaderSize(int bucketBits, int groupBits) => 4 * (4 + (1 << bucketBits) + FactTableFormat.StringRegionCount(bucketBits, groupBits));

        /// <summary>The layout of the string section that starts at <paramref name="section"/>.</summary>
        public static StringTableLayout Read<TNumbers>(TNumbers table, int section) where TNumbers : ITableNumbers =>
            new StringTableLayout(section, table.Int32(section + 4), table.Int32(section + 8), table.Int32(section + 12));

        /// <summary>Where string <paramref name="number"/>'s flag byte lies in the table, and where its bytes end.</summary>
        public void Locate<TNumbers>(TNumbers table, int number, out int start, out int end) where TNumbers : ITableNumbers
        {
            var bucketStarts = Section + 16;
            var inRegion = number < Ids
                ? number
                : table.Int32(bucketStarts + 4 * FactTableFormat.StringBucket(number, Ids, BucketBits)) + FactTableFormat.StringPlace(number, Ids, BucketBits);
            var regionStarts = bucketStarts + 4 * (1 << BucketBits);
            var region = Section + table.Int32(regionStarts + 4 * FactTableFormat.StringRegion(number, Ids, BucketBits, GroupBits));
            start = region + table.Int32(region + 4 * inRegion);
            end = region + table.Int32(region + 4 * (inRegion + 1));
        }
    }
}
