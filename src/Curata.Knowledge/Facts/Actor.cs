using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using Curata.Knowledge.Storage;

namespace Curata.Knowledge
{
    /// <summary>A person, state, government body, party, armed group or institution.</summary>
    public sealed class Actor : Fact<Actor>
    {
        private IReadOnlyList<string>? _aliases;
        private IReadOnlyList<Role>? _roles;

        private Actor(KnowledgeGraph graph, KindInfo kind, int index, int position) : base(graph, kind, index, position) { }

        internal static Actor Read(KnowledgeGraph graph, KindInfo kind, int index, int position) => new Actor(graph, kind, index, position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Actor;

        /// <summary>What sort of actor this is (a term of the actor kinds vocabulary), when the data says.</summary>
        public ActorKind? ActorKind => ValueAt(Slots.Kind) as ActorKind;

        /// <summary>The name.</summary>
        public string Name => (string)ValueAt(Slots.Name)!;

        /// <summary>Other names and spellings seen in sources, misspellings included.</summary>
        public IReadOnlyList<string> Aliases => _aliases ?? ValueDecoder.Once(ref _aliases, () => ValuesAt<string>(Slots.Aliases));

        /// <summary>A short description.</summary>
        public string? Description => ValueAt(Slots.Description) as string;

        /// <summary>Born to died, or founded to dissolved.</summary>
        public DateSpan? Lifespan => (DateSpan?)ValueAt(Slots.Lifespan);

        /// <summary>Offices, leadership and memberships over time.</summary>
        public IReadOnlyList<Role> Roles => _roles ?? ValueDecoder.Once(ref _roles, () =>
            ObjectsAt(Slots.Roles).Select(role => new Role(this, role, Slots.Role)).ToArray());

        /// <summary>What this actor said.</summary>
        [JsonIgnore]
        public IReadOnlyList<Statement> Statements => Graph.StatementsBy(this);

        /// <summary>The events this actor took part in, with the role it played.</summary>
        [JsonIgnore]
        public IReadOnlyList<Participant> Participations => Graph.ParticipationsOf(this);

        /// <summary>The events this actor took part in.</summary>
        [JsonIgnore]
        public IEnumerable<Event> Events => Participations.Select(p => p.Event).Distinct();

        /// <summary>Relations in which this actor is the subject or the object.</summary>
        [JsonIgnore]
        public IReadOnlyList<Relation> Relations => Graph.RelationsOf(this);

        /// <summary>Statements about this actor.</summary>
        [JsonIgnore]
        public IReadOnlyList<Statement> StatementsAbout => Graph.StatementsAbout(this);

        /// <summary>Roles that others hold in this institution (its leaders, members, staff).</summary>
        [JsonIgnore]
        public IReadOnlyList<Role> RolesIn => Graph.RolesIn(this);

        /// <summary>This actor's roles that hold on <paramref name="date"/> (certainly, or maybe with <see cref="DateCertainty.Possibly"/>).</summary>
        public IEnumerable<Role> RolesOn(PartialDate date, DateCertainty certainty = DateCertainty.Certainly) =>
            Roles.Where(r => r.HeldOn(date) is bool held ? held : certainty == DateCertainty.Possibly);

        /// <summary>The name.</summary>
        public override string ToString() => Name;

        /// <inheritdoc/>
        public override string DisplayName => Name;

        private Layout Slots => KindInfo.Layout(kind => new Layout(kind));

        // Where an actor's values are, as the schema lists them: looked up once per kind.
        private sealed class Layout
        {
            public readonly int Kind, Name, Aliases, Description, Lifespan, Roles;
            public readonly Role.Layout Role;

            public Layout(KindInfo kind)
            {
                Kind = kind.RequiredSlot("kind");
                Name = kind.RequiredSlot("name");
                Aliases = kind.RequiredSlot("aliases");
                Description = kind.RequiredSlot("description");
                Lifespan = kind.RequiredSlot("lifespan");
                Roles = kind.RequiredSlot("roles");
                Role = new Role.Layout(kind.Properties[Roles]);
            }
        }
    }
}
