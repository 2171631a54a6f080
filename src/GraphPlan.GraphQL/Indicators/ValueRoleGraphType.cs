using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class ValueRoleGraphType : EnumerationGraphType<ValueRole>
{
    public ValueRoleGraphType() => Name = "ValueRole";
}
