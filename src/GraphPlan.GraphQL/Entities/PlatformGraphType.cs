using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Traversal;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class PlatformGraphType : EntityGraphType
{
    public PlatformGraphType()
        : base(EntityKind.Platform, "A park, zone, base, incubator, innovation complex, corridor or digital platform.")
    {
        AttributeField("platformType", "platformType", "What sort of platform.");
        AttributeField("level", "level", "Who designated it: national, provincial, municipal, district.");
        Field<NonNullGraphType<BooleanGraphType>>("external").Description("True for platforms outside the port area.").Resolve(ctx => ctx.Source.Attribute("external") == "true");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndustryGraphType>>>>("industries")
            .Description("Industries the platform focuses on.")
            .Resolve(ctx => EntityFields.Others(ctx, RelationshipKind.FocusesOn, Direction.Outgoing, EntityKind.Industry));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectGraphType>>>>("projects")
            .Description("Projects hosted on the platform.")
            .Resolve(ctx => EntityFields.Others(ctx, RelationshipKind.HostedOn, Direction.Incoming, EntityKind.Project));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformGraphType>>>>("partOf")
            .Resolve(ctx => EntityFields.Others(ctx, RelationshipKind.PartOf, Direction.Outgoing, EntityKind.Platform));
        ImpactField.AddTo(this);
    }
}
