using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Traversal;

namespace GraphPlan.GraphQL.Entities;

public sealed class MeasureGraphType : EntityGraphType
{
    public MeasureGraphType()
        : base(EntityKind.Measure, "A programme, action, reform, pilot, policy or strategy.")
    {
        AttributeField("measureType", "measureType", "What sort of measure.");
        ImpactField.AddTo(this);
    }
}
