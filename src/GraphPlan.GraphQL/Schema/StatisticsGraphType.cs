using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Schema;

public sealed class StatisticsGraphType : ObjectGraphType<GraphStatistics>
{
    public StatisticsGraphType()
    {
        Name = "Statistics";
        Field<NonNullGraphType<IntGraphType>>("entityCount").ResolveSource(source => source.EntityCount);
        Field<NonNullGraphType<IntGraphType>>("relationshipCount").ResolveSource(source => source.RelationshipCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountGraphType>>>>("entitiesByKind")
            .ResolveSource(source => source.EntitiesByKind.Where(p => p.Value > 0).OrderBy(p => p.Key));
    }
}
