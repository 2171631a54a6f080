using GraphPlan.Core.Graph;

namespace GraphPlan.GraphQL.Entities;

public sealed class MeasureGraphType : EntityGraphType
{
    public MeasureGraphType()
        : base(EntityKind.Measure, "A programme, action, reform, pilot, policy or strategy.")
    {
        AttributeField("measureType", "measureType", "What sort of measure.");
    }
}
