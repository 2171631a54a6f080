using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Traversal;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class IndustryGraphType : EntityGraphType
{
    public IndustryGraphType()
        : base(EntityKind.Industry, "An industry at any level the plan names: core, sector, segment.")
    {
        AttributeField("level", "level", "core, sector, segment or context.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("parents")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.PartOf, Direction.Outgoing, EntityKind.Industry));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("segments")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.PartOf, Direction.Incoming, EntityKind.Industry));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectGraphType>>>>("projects")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.BelongsToIndustry, Direction.Incoming, EntityKind.Project));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformGraphType>>>>("platforms")
            .Description("Platforms that focus on this industry.")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.FocusesOn, Direction.Incoming, EntityKind.Platform));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGraphType>>>>("targets")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.HasTarget, Direction.Outgoing, EntityKind.Target));
        ImpactField.AddTo(this);
    }
}
