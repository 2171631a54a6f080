using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Traversal;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class GoalGraphType : EntityGraphType
{
    public GoalGraphType()
        : base(EntityKind.Goal, "A qualitative aim of the plan: a 2025 main goal, the 2035 vision, the strategic positioning.")
    {
        IntegerAttributeField("horizon", "horizon", "The year the goal looks to.");
        AttributeField("goalType", "goalType", "main, vision, positioning or sector.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGraphType>>>>("targets")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.HasTarget, Direction.Outgoing, EntityKind.Target));
        SupportField.AddTo(this);
    }
}
