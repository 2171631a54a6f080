using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Traversal;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class PlatformGraphType : EntityGraphType
{
    public PlatformGraphType()
        : base(EntityKind.Platform, "A park, zone, base, incubator, innovation complex, corridor or digital platform.")
    {
        AttributeField("platformType", "platformType", "What sort of platform.");
        AttributeField("level", "level", "Who designated it: national, provincial, municipal, district.");
        Field<NonNullGraphType<BooleanGraphType>>("external").Description("True for platforms outside the port area.").ResolveSource(source => source.Attribute("external") == "true");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("industries")
            .Description("Industries the platform focuses on.")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.FocusesOn, Direction.Outgoing, EntityKind.Industry));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectGraphType>>>>("projects")
            .Description("Projects hosted on the platform.")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.HostedOn, Direction.Incoming, EntityKind.Project));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformGraphType>>>>("partOf")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.PartOf, Direction.Outgoing, EntityKind.Platform));
        ImpactField.AddTo(this);
    }
}
