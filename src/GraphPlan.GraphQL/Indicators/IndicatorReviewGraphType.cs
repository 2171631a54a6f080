using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class IndicatorReviewGraphType : ObjectGraphType<IndicatorReview>
{
    public IndicatorReviewGraphType()
    {
        Name = "IndicatorReview";
        Description = "The target and the actual value for a year, and whether the target was met (taking polarity and qualifiers into account).";
        Field<NonNullGraphType<IndicatorGraphType>>("indicator").ResolveSource(source => source.Indicator);
        Field<NonNullGraphType<IntGraphType>>("year").ResolveSource(source => source.Year);
        Field<NonNullGraphType<MeasurementGraphType>>("target").ResolveSource(source => source.Target);
        Field<MeasurementGraphType>("actual").ResolveSource(source => source.Actual);
        Field<NonNullGraphType<ReviewStatusGraphType>>("status").ResolveSource(source => Boxed.Of(source.Status));
    }
}
