using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Schema;

public sealed class StatisticsGraphType : ObjectGraphType<GraphStatistics>
{
    public StatisticsGraphType()
    {
        Name = "Statistics";
        Field<NonNullGraphType<IntGraphType>>("entityCount").Resolve(ctx => ctx.Source.EntityCount);
        Field<NonNullGraphType<IntGraphType>>("relationshipCount").Resolve(ctx => ctx.Source.RelationshipCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountGraphType>>>>("entitiesByKind")
            .Resolve(ctx => ctx.Source.EntitiesByKind.Where(p => p.Value > 0).OrderBy(p => p.Key));
    }
}
