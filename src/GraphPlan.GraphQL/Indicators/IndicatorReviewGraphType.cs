using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class IndicatorReviewGraphType : ObjectGraphType<IndicatorReview>
{
    public IndicatorReviewGraphType()
    {
        Name = "IndicatorReview";
        Description = "The target and the actual value for a year, and whether the target was met (taking polarity and qualifiers into account).";
        Field<NonNullGraphType<IndicatorGraphType>>("indicator").Resolve(ctx => ctx.Source.Indicator);
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(ctx => ctx.Source.Year);
        Field<NonNullGraphType<MeasurementGraphType>>("target").Resolve(ctx => ctx.Source.Target);
        Field<MeasurementGraphType>("actual").Resolve(ctx => ctx.Source.Actual);
        Field<NonNullGraphType<ReviewStatusGraphType>>("status").Resolve(ctx => Boxed.Of(ctx.Source.Status));
    }
}
