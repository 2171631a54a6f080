using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Filtering;

public sealed class CommitmentGraphType : EnumerationGraphType
{
    public CommitmentGraphType()
    {
        Name = "Commitment";
        Description = "How firmly a plan's table commits to an indicator.";
        Add("BINDING", Commitment.Binding, "约束性: binding.");
        Add("EXPECTED", Commitment.Expected, "预期性: expected.");
    }
}
