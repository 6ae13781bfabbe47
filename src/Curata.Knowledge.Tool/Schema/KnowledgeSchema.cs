using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Curata.Knowledge.Generators.Declarations;
using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Tool.Schema
{
    /// <summary>
    /// The JSON Schema of one knowledge base: the standard schema, extended with what the base declares (a section per
    /// declared kind with its typed properties, the properties it adds to standard kinds) and with the ids it holds, offered
    /// as the only values at every position that names a fact of a kind or a term of a vocabulary. Editors then complete
    /// ids and flag unknown ones; the schema is a snapshot, so regenerate it when the ids change.
    /// </summary>
    internal static class KnowledgeSchema
    {
        /// <summary>
        /// Where the standard schema names a fact or a term by id, for what the standard declarations do not type: the
        /// properties the standard kinds' own readers read, and the nested objects (citations, roles, participants, ...).
        /// </summary>
        private static readonly (string Definition, string Property, Target Target)[] StandardPositions =
        {
            ("citation", "source", Target.Fact(StandardKinds.Source)),
            ("source", "kind", Target.Term(Vocabularies.SourceKinds)),
            ("actor", "kind", Target.Term(Vocabularies.ActorKinds)),
            ("role", "kind", Target.Term(Vocabularies.RoleKinds)),
            ("role", "of", Target.Fact(StandardKinds.Actor)),
            ("statement", "speaker", Target.Fact(StandardKinds.Actor)),
            ("statement", "issuedThrough", Target.Fact(StandardKinds.Actor)),
            ("statement", "about", Target.Fact(StandardKinds.AnyFact)),
            ("event", "type", Target.Term(Vocabularies.EventTypes)),
            ("event", "causes", Target.Fact(StandardKinds.Event)),
            ("event", "partOf", Target.Fact(StandardKinds.Event)),
            ("participant", "actor", Target.Fact(StandardKinds.Actor)),
            ("participant", "role", Target.Term(Vocabularies.ParticipantRoles)),
            ("fatalityReport", "victimActors", Target.Fact(StandardKinds.Actor)),
            ("fatalityShare", "actor", Target.Fact(StandardKinds.Actor)),
            ("relation", "subject", Target.Fact(StandardKinds.Actor)),
            ("relation", "predicate", Target.Term(Vocabularies.Predicates)),
            ("relation", "object", Target.Fact(StandardKinds.Actor)),
            ("eventType", "parent", Target.Term(Vocabularies.EventTypes)),
            ("predicate", "inverseOf", Target.Term(Vocabularies.Predicates)),
            ("predicate", "conflictsWith", Target.Term(Vocabularies.Predicates)),
            ("predicate", "subjectKinds", Target.Term(Vocabularies.ActorKinds)),
            ("predicate", "objectKinds", Target.Term(Vocabularies.ActorKinds)),
        };

        /// <summary>The schema for <paramref name="spec"/>, as indented JSON.</summary>
        public static string Write(KnowledgeBaseSpec spec, string title) =>
            Build(spec, title).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        /// <summary>The schema for <paramref name="spec"/>.</summary>
        public static JsonObject Build(KnowledgeBaseSpec spec, string title)
        {
            var schema = JsonNode.Parse(StandardSchema.Text)!.AsObject();
            // Its own schema, not the format's: a shared $id would make two different schemas claim one address.
            schema.Remove("$id");
            schema["title"] = title;
            var definitions = schema["$defs"]!.AsObject();
            var sections = schema["properties"]!.AsObject();

            AddIdDefinitions(definitions, spec);
            foreach (var (definition, property, target) in StandardPositions)
            {
                Retarget(definitions[definition]!["properties"]![property]!.AsObject(), target);
            }

            var standardKinds = new HashSet<string>(spec.Kinds.Where(k => k.IsStandard).Select(k => k.Id.Id), StringComparer.Ordinal);
            foreach (var kind in spec.Kinds.Where(k => !k.IsStandard))
            {
                definitions[KindDefinition(kind.Id.Id)] = DeclaredKind(kind, spec);
                sections[kind.Plural.Name] = Describe(new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = Reference(KindDefinition(kind.Id.Id)),
                }, kind.Name ?? kind.Plural.Name, kind.Description);
            }
            foreach (var property in spec.Properties.Where(p => standardKinds.Contains(p.Kind.Name)))
            {
                definitions[property.Kind.Name]!["properties"]![property.Id.Name] = PropertySchema(property, spec);
            }
            // Every section is now known: one the build would call unknown (KB0004) is flagged as you type.
            schema["additionalProperties"] = false;
            return schema;
        }

        // A definition per kind (and "fact") and per vocabulary, listing the ids the base holds.
        private static void AddIdDefinitions(JsonObject definitions, KnowledgeBaseSpec spec)
        {
            var facts = spec.Sources.Cast<FactSpec>().Concat(spec.Actors).Concat(spec.Statements).Concat(spec.Events)
                .Concat(spec.Relations).Concat(spec.DeclaredFacts).ToList();
            foreach (var kind in spec.Kinds)
            {
                definitions[Target.Fact(kind.Id.Id).Definition] = Ids("factId", $"The id of a fact of the kind '{kind.Id.Id}' in this knowledge base.",
                    facts.Where(f => f.Kind == kind.Id.Id).Select(f => f.Id.Id));
            }
            definitions[Target.Fact(StandardKinds.AnyFact).Definition] = Ids("factId", "The id of a fact of this knowledge base.", facts.Select(f => f.Id.Id));

            var terms = new Dictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
            {
                [Vocabularies.EventTypes] = spec.EventTypes.Select(t => t.Id.Id),
                [Vocabularies.ParticipantRoles] = spec.ParticipantRoles.Select(t => t.Id.Id),
                [Vocabularies.Predicates] = spec.Predicates.Select(t => t.Id.Id),
            };
            foreach (var vocabulary in Vocabularies.Simple) terms[vocabulary] = spec.Terms.Where(t => t.Vocabulary == vocabulary).Select(t => t.Id.Id);
            foreach (var vocabulary in Vocabularies.All)
            {
                definitions[Target.Term(vocabulary).Definition] = Ids("termId", $"The id of a term of {vocabulary} in this knowledge base.", terms[vocabulary]);
            }
        }

        // An id of the base's: the shape of any id, and one of the ids that exist. With none, the list is empty and every value
        // is flagged, as the build reports a reference to nothing.
        private static JsonObject Ids(string shape, string description, IEnumerable<string> ids)
        {
            var schema = Reference(shape);
            schema["description"] = description;
            var values = ids.Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
            schema["enum"] = new JsonArray(values.Select(id => (JsonNode)JsonValue.Create(id)).ToArray());
            return schema;
        }

        // Points a standard property (or the items of an array property) at the ids of its target.
        private static void Retarget(JsonObject property, Target target)
        {
            var value = property["items"] is JsonObject items ? items : property;
            value["$ref"] = "#/$defs/" + target.Definition;
        }

        private static JsonObject DeclaredKind(KindSpec kind, KnowledgeBaseSpec spec)
        {
            var declared = spec.Properties.Where(p => p.Kind.Name == kind.Id.Id).ToList();
            var members = new JsonObject
            {
                ["id"] = Reference("factId"),
                ["ids"] = Reference("ids"),
                ["sources"] = Reference("citations"),
            };
            foreach (var property in declared) members[property.Id.Name] = PropertySchema(property, spec);
            var required = new[] { "id" }.Concat(declared.Where(p => p.Required).Select(p => p.Id.Name));
            return Describe(new JsonObject
            {
                ["type"] = "object",
                // The build reports a property the kind does not declare (KB0004), so the editor does too.
                ["additionalProperties"] = false,
                ["required"] = new JsonArray(required.Select(name => (JsonNode)JsonValue.Create(name)).ToArray()),
                ["properties"] = members,
            }, kind.Name ?? kind.Id.Id, kind.Description);
        }

        /// <summary>The schema of a declared property's value: its datatype, an array of it when <c>many</c>.</summary>
        private static JsonObject PropertySchema(PropertySpec property, KnowledgeBaseSpec spec)
        {
            var value = ValueSchema(property, spec);
            var schema = property.Many ? new JsonObject { ["type"] = "array", ["items"] = value } : value;
            return Describe(schema, null, property.Description);
        }

        private static JsonObject ValueSchema(PropertySpec property, KnowledgeBaseSpec spec) => property.Type switch
        {
            Datatype.Text or Datatype.Verbatim => new JsonObject { ["type"] = "string" },
            Datatype.Integer => new JsonObject { ["type"] = "integer" },
            Datatype.Decimal => new JsonObject { ["type"] = "number" },
            Datatype.Boolean => new JsonObject { ["type"] = "boolean" },
            Datatype.Date => Reference("date"),
            Datatype.Span => Reference("span"),
            Datatype.Count => Reference("count"),
            Datatype.Point => Reference("point"),
            Datatype.Quantity => Quantity(property.Unit),
            Datatype.Identifier => Identifier(spec.Schemes.FirstOrDefault(s => s.Id.Id == property.Target?.Name)),
            Datatype.Enum => new JsonObject { ["enum"] = new JsonArray(property.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()) },
            Datatype.Reference => Reference(Target.Fact(property.Target?.Name ?? StandardKinds.AnyFact).Definition),
            Datatype.Term => Reference(property.Target is { } vocabulary ? Target.Term(vocabulary.Name).Definition : "termId"),
            _ => new JsonObject { ["type"] = "object" },
        };

        // { "amount": 12.5, "unit": "kg" }, or a bare amount when the declaration gives the unit.
        private static JsonObject Quantity(string? unit)
        {
            var withUnit = new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = false,
                ["required"] = new JsonArray("amount"),
                ["properties"] = new JsonObject { ["amount"] = new JsonObject { ["type"] = "number" }, ["unit"] = new JsonObject { ["type"] = "string" } },
            };
            if (unit == null) return withUnit;
            return new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number", ["description"] = "An amount in " + unit + "." }, withUnit) };
        }

        // The pattern is the scheme's own: .NET syntax, which editors read as ECMAScript; simple patterns mean the same in both.
        private static JsonObject Identifier(IdentifierSchemeSpec? scheme)
        {
            var schema = new JsonObject { ["type"] = "string", ["minLength"] = 1 };
            if (scheme?.Pattern != null) schema["pattern"] = scheme.Pattern;
            return schema;
        }

        private static JsonObject Reference(string definition) => new JsonObject { ["$ref"] = "#/$defs/" + definition };

        private static JsonObject Describe(JsonObject schema, string? title, string? description)
        {
            if (title != null) schema["title"] = title;
            if (description != null) schema["description"] = description;
            return schema;
        }

        private static string KindDefinition(string kind) => "kind-" + kind;

        /// <summary>What a position names: the facts of a kind (or of any kind), or the terms of a vocabulary.</summary>
        private readonly record struct Target(string Definition)
        {
            public static Target Fact(string kind) => new Target("id-of-" + kind);

            public static Target Term(string vocabulary) => new Target("term-of-" + vocabulary);
        }
    }
}
