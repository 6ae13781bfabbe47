using Curata.Knowledge.Generators.Model;

namespace Curata.Knowledge.Generators.Checks
{
    /// <summary>
    /// The content rules that judge one fact at a time, from the fact itself, the facts it names and the declarations: dates
    /// against lifespans, causes and sources (<see cref="TimeRules"/>), fatality breakdowns (<see cref="DeclaredRules"/>),
    /// actor kinds a predicate allows (<see cref="LogicRules"/>), sources cited and quotations found (<see cref="ProvenanceRules"/>).
    /// Because a verdict depends on nothing else, a file's verdicts hold in the next check while its facts, what they name and
    /// the declarations stay the same (<see cref="RuleReuse"/>). What a verdict reads of the facts named is listed in
    /// <see cref="RuleReuse.SameAsNamed"/>: a rule that reads more of them must add it there.
    /// </summary>
    internal static class FactRules
    {
        public static void Judge(CheckedFacts facts, FactSpec fact)
        {
            switch (fact)
            {
                case ActorSpec actor:
                    TimeRules.Roles(facts, actor);
                    ProvenanceRules.Unsourced(facts, actor.Id, actor.Sources, "actor");
                    break;
                case StatementSpec statement:
                    TimeRules.Statement(facts, statement);
                    ProvenanceRules.Unsourced(facts, statement.Id, statement.Sources, "statement");
                    ProvenanceRules.Quotation(facts, statement);
                    break;
                case EventSpec e:
                    TimeRules.Event(facts, e);
                    DeclaredRules.Breakdowns(facts, e);
                    ProvenanceRules.Unsourced(facts, e.Id, e.Sources, "event");
                    break;
                case RelationSpec relation:
                    LogicRules.ActorKinds(facts, relation);
                    ProvenanceRules.Unsourced(facts, relation.Id, relation.Sources, "relation");
                    break;
            }
        }
    }
}
