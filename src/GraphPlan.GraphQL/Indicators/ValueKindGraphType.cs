using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class ValueKindGraphType : EnumerationGraphType<ValueKind>
{
    public ValueKindGraphType()
    {
        Name = "ValueKind";
        Description = "NUMBER, or a commitment that is not a number: ASSIGNED (市下达指标), RELATIVE (高于GDP年均增长), TEXT.";
    }
}
