using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>
    /// A place: a country, an administrative region, a city, a site. Places are a kind declared as data (in the standard
    /// declarations); this type adds what they do: the part-of hierarchy and the events within a place.
    /// </summary>
    public sealed class Place : DeclaredFact
    {
        internal Place(FactRecord record) : base(record) { }

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Place;

        /// <summary>The name.</summary>
        public string Name => (string)ValueAt(Slots.Name)!;

        /// <summary>Other names and spellings.</summary>
        public IReadOnlyList<string> Aliases => ValuesAt<string>(Slots.Aliases);

        /// <summary>What sort of place it is, when the data says.</summary>
        public PlaceKind? PlaceKind => ValueAt(Slots.Kind) as PlaceKind;

        /// <summary>The larger place it lies in.</summary>
        public Place? PartOf => ValueAt(Slots.PartOf) as Place;

        /// <summary>Where it is, when the data says.</summary>
        public GeoPoint? Coordinates => ValueAt(Slots.Coordinates) as GeoPoint?;

        /// <summary>A short description.</summary>
        public string? Description => ValueAt(Slots.Description) as string;

        /// <summary>The places that lie directly in this one.</summary>
        [JsonIgnore]
        public IReadOnlyList<Place> Parts => ReferencedBy.Where(r => r.Property == "partOf" && r.Referrer is Place).Select(r => (Place)r.Referrer).ToArray();

        /// <summary>This place and every larger place it lies in, innermost first.</summary>
        public IEnumerable<Place> Within()
        {
            // The build rejects part-of cycles; the bound keeps a walk finite whatever the table holds.
            var steps = 0;
            for (var place = this; place != null && steps <= Graph.Places.Count; place = place.PartOf, steps++) yield return place;
        }

        /// <summary>True when this place is <paramref name="other"/> or lies within it, at any depth.</summary>
        public bool IsWithin(Place other) => Within().Any(p => ReferenceEquals(p, other));

        /// <summary>The events that happened here or in any place within it.</summary>
        [JsonIgnore]
        public IEnumerable<Event> Events => Graph.Events.Where(e => e.IsIn(this));

        /// <inheritdoc/>
        public override string DisplayName => Name;

        /// <summary>The name.</summary>
        public override string ToString() => Name;

        private Layout Slots => KindInfo.Layout(kind => new Layout(kind));

        // Where a place's values are, as the schema lists them: looked up once per kind.
        private sealed class Layout
        {
            public readonly int Name, Aliases, Kind, PartOf, Coordinates, Description;

            public Layout(KindInfo kind)
            {
                Name = kind.RequiredSlot("name");
                Aliases = kind.RequiredSlot("aliases");
                Kind = kind.RequiredSlot("kind");
                PartOf = kind.RequiredSlot("partOf");
                Coordinates = kind.RequiredSlot("coordinates");
                Description = kind.RequiredSlot("description");
            }
        }
    }
}
