using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

/// <summary>The root <c>indicatorReviews</c> field: every indicator with a target for a year, and how it did.</summary>
internal static class ReviewsField
{
    private const int Batch = 5000;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorReviewGraphType>>>>("indicatorReviews")
            .Description("Every indicator with a target for the year, with its actual value and whether the target was met; e.g. year 2020 reviews the 13th plan.")
            .Argument<IntGraphType>("year", "The year to review.", a => a.DefaultValue = 2020)
            .Argument<ReviewStatusGraphType>("status", "Only reviews with this outcome, e.g. MISSED.")
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) =>
            {
                var year = ctx.GetArgument("year", 2020);
                var status = ctx.GetArgument<ReviewStatus?>("status");
                var reviews = new List<IndicatorReview>();
                for (var offset = 0; ; offset += Batch)
                {
                    var page = await store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Indicator], Where = new ValueFilter { Year = year, Role = ValueRole.Target }, Offset = offset, Limit = Batch }, ctx.CancellationToken).ConfigureAwait(false);
                    foreach (var indicator in page.Items)
                    {
                        if (IndicatorReview.Of(indicator, year) is { } review && (status is null || review.Status == status))
                        {
                            reviews.Add(review);
                        }
                    }

                    if (offset + Batch >= page.TotalCount)
                    {
                        return reviews;
                    }
                }
            });
}
