using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class ReviewStatusGraphType : EnumerationGraphType<ReviewStatus>
{
    public ReviewStatusGraphType() => Name = "ReviewStatus";
}
