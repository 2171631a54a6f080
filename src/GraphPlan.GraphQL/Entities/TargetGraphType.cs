using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Indicators;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Traversal;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class TargetGraphType : EntityGraphType
{
    public TargetGraphType()
        : base(EntityKind.Target, "A dated, quantified commitment, measured by an indicator.")
    {
        IntegerAttributeField("year", "year", "The year the target is due.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasurementGraphType>>>>("values").ResolveSource(source => source.Values);
        Field<IndicatorGraphType>("indicator")
            .Description("The indicator that measures it.")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => new MappedResult<IEnumerable<Entity>, Entity?>(
                loader.Others(ctx.Source.Id, RelationshipKind.MeasuredBy, Direction.Outgoing, EntityKind.Indicator),
                indicators => indicators.FirstOrDefault()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("owners")
            .Description("The goals, industries, platforms or projects that have this target.")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.HasTarget, Direction.Incoming));
        SupportField.AddTo(this);
    }
}
