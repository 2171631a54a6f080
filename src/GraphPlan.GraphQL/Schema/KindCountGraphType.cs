using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Schema;

public sealed class KindCountGraphType : ObjectGraphType<KeyValuePair<EntityKind, int>>
{
    public KindCountGraphType()
    {
        Name = "KindCount";
        Field<NonNullGraphType<EntityKindGraphType>>("kind").ResolveSource(source => source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").ResolveSource(source => source.Value);
    }
}
