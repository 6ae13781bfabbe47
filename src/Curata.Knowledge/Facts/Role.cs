using System.Collections.Generic;
using System.Text.Json.Serialization;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>An office, leadership or membership an actor holds, possibly over a span of time.</summary>
    public sealed class Role
    {
        private readonly ObjectValue _values;
        private readonly Layout _slots;

        internal Role(Actor holder, ObjectValue values, Layout slots)
        {
            Holder = holder;
            _values = values;
            _slots = slots;
            Citations = Citation.Read(holder.Graph, values.Items<ObjectValue>(slots.Sources), slots.Source);
        }

        /// <summary>The tie this role expresses.</summary>
        public RoleKind Kind => (RoleKind)_values[_slots.Kind]!;

        /// <summary>The title, such as "Prime Minister".</summary>
        public string? Title => _values[_slots.Title] as string;

        /// <summary>Who holds the role.</summary>
        [JsonIgnore]
        public Actor Holder { get; }

        /// <summary>The institution the role is held in, when known.</summary>
        public Actor? Institution => _values[_slots.Of] as Actor;

        /// <summary>When the role was held.</summary>
        public DateSpan? Span => (DateSpan?)_values[_slots.Span];

        /// <summary>Where the role is reported.</summary>
        public IReadOnlyList<Citation> Citations { get; }

        /// <summary>
        /// Whether the role is held on <paramref name="date"/>: true or false when its span settles it, null when partial dates
        /// leave it open. A role with no span is taken to hold.
        /// </summary>
        public bool? HeldOn(PartialDate date) => Span is DateSpan span ? span.Contains(date) : true;

        /// <summary>For example "HoldsOffice Prime Minister (Iraq)".</summary>
        public override string ToString() => $"{Kind} {Title} ({Institution?.Name})";

        /// <summary>Where a role's values are, as the schema lists the properties of an actor's roles.</summary>
        internal sealed class Layout
        {
            public readonly int Kind, Title, Of, Span, Sources;
            public readonly Citation.Layout Source;

            public Layout(PropertyInfo role)
            {
                Kind = role.RequiredSlot("kind");
                Title = role.RequiredSlot("title");
                Of = role.RequiredSlot("of");
                Span = role.RequiredSlot("span");
                Sources = role.RequiredSlot("sources");
                Source = new Citation.Layout(role.Properties[Sources]);
            }
        }
    }
}
