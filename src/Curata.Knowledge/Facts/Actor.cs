using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Curata.Knowledge
{
    /// <summary>A person, state, government body, party, armed group or institution.</summary>
    public sealed class Actor : Fact<Actor>
    {
        private readonly string? _actorKind;

        private Actor(KnowledgeGraph graph, Storage.KindInfo kind, int index, ref int position) : base(graph, kind, index, ref position)
        {
            var reader = graph.Reader;
            _actorKind = reader.OptionalString(ref position);
            Name = reader.String(ref position);
            Aliases = reader.Strings(ref position);
            Description = reader.OptionalString(ref position);
            Lifespan = reader.Span(ref position);
            var roles = new Role[reader.Int(ref position)];
            for (var i = 0; i < roles.Length; i++) roles[i] = Role.Read(graph, this, ref position);
            Roles = roles;
        }

        internal static Actor Read(KnowledgeGraph graph, Storage.KindInfo kind, int index, int position) => new Actor(graph, kind, index, ref position);

        /// <inheritdoc/>
        public override FactKind Kind => FactKind.Actor;

        /// <summary>What sort of actor this is (a term of the actor kinds vocabulary), when the data says.</summary>
        public ActorKind? ActorKind => _actorKind == null ? null : Graph.Vocabulary.ActorKind(_actorKind);

        /// <summary>The name.</summary>
        public string Name { get; }

        /// <summary>Other names and spellings seen in sources, misspellings included.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>A short description.</summary>
        public string? Description { get; }

        /// <summary>Born to died, or founded to dissolved.</summary>
        public DateSpan? Lifespan { get; }

        /// <summary>Offices, leadership and memberships over time.</summary>
        public IReadOnlyList<Role> Roles { get; }

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
    }
}
