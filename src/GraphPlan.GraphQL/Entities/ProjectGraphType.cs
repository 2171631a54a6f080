using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Traversal;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class ProjectGraphType : EntityGraphType
{
    public ProjectGraphType()
        : base(EntityKind.Project, "A named project, construction work or facility, or a type of project the plan lists.")
    {
        AttributeField("status", "status", "planned, under-construction, landed, completed or operating.");
        AttributeField("projectType", "projectType", "What sort of project.");
        AttributeField("period", "period", "The five-year plan that reports it: 13th or 14th.");
        AttributeField("capacity", "capacity", "Capacity as written.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("industries")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.BelongsToIndustry, Direction.Outgoing, EntityKind.Industry));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformGraphType>>>>("platforms")
            .Description("Platforms the project is hosted on.")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.HostedOn, Direction.Outgoing, EntityKind.Platform));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("supports")
            .Description("Targets, goals and other entities it directly supports.")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.Supports, Direction.Outgoing));
        ImpactField.AddTo(this);
    }
}
