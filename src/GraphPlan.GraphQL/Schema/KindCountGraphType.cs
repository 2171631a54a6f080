using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Schema;

public sealed class KindCountGraphType : ObjectGraphType<KeyValuePair<EntityKind, int>>
{
    public KindCountGraphType()
    {
        Name = "KindCount";
        Field<NonNullGraphType<EntityKindGraphType>>("kind").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Value);
    }
}
