using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Traversal;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class IndustryGraphType : EntityGraphType
{
    public IndustryGraphType()
        : base(EntityKind.Industry, "An industry at any level the plan names: core, sector, segment.")
    {
        AttributeField("level", "level", "core, sector, segment or context.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("parents")
            .Resolve(ctx => EntityFields.Others(ctx, RelationshipKind.PartOf, Direction.Outgoing, EntityKind.Industry));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("segments")
            .Resolve(ctx => EntityFields.Others(ctx, RelationshipKind.PartOf, Direction.Incoming, EntityKind.Industry));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectGraphType>>>>("projects")
            .Resolve(ctx => EntityFields.Others(ctx, RelationshipKind.BelongsToIndustry, Direction.Incoming, EntityKind.Project));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformGraphType>>>>("platforms")
            .Description("Platforms that focus on this industry.")
            .Resolve(ctx => EntityFields.Others(ctx, RelationshipKind.FocusesOn, Direction.Incoming, EntityKind.Platform));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGraphType>>>>("targets")
            .Resolve(ctx => EntityFields.Others(ctx, RelationshipKind.HasTarget, Direction.Outgoing, EntityKind.Target));
        ImpactField.AddTo(this);
    }
}
