using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Curation;
using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphPlan.GraphQL.Changes;

/// <summary>The change feed's two entrances: <c>changes</c> for clients that poll, <c>Subscription.changed</c> for clients that stream.</summary>
public static class ChangeFields
{
    public const int MaxPageSize = 100;

    /// <summary>Most subjects one follower may name.</summary>
    public const int MaxSubjects = 500;

    /// <summary>Store pages one <c>changes</c> call reads at most while filtering, so a narrow filter cannot scan the whole trail.</summary>
    public const int MaxScannedPages = 5;

    public static void AddChanges(ObjectGraphType query) =>
        WithFilter(query.Field<NonNullGraphType<ChangePageGraphType>>("changes")
            .Description("Recorded curations after a sequence, oldest first: poll with the previous page's `last` to miss nothing and see nothing twice.")
            .Argument<IntGraphType>("after", "Only changes after this sequence; 0 (the default) reads from the first.", a => a.DefaultValue = 0)
            .Argument<IntGraphType>("first", $"At most this many, 1 to {MaxPageSize}.", a => a.DefaultValue = 50))
            .ResolveAsync(async ctx =>
            {
                var after = GraphPlanErrors.InRange("after", ctx.GetArgument("after", 0), 0, int.MaxValue);
                var first = GraphPlanErrors.InRange("first", ctx.GetArgument("first", 50), 1, MaxPageSize);
                var filter = Filter(ctx);
                var store = ctx.RequestServices!.GetRequiredService<IGraphStore>();
                var found = new List<AuditEntry>();
                long last = after;
                for (var scanned = 0; scanned < MaxScannedPages; scanned++)
                {
                    var page = await store.GetChangesAsync(new ChangeQuery { After = last, Limit = first }, ctx.CancellationToken).ConfigureAwait(false);
                    foreach (var change in page)
                    {
                        last = change.Sequence;
                        if (filter.Matches(change))
                        {
                            found.Add(change);
                            if (found.Count == first)
                            {
                                break;
                            }
                        }
                    }

                    if (found.Count == first || page.Count < first)
                    {
                        break;
                    }
                }

                var more = (await store.GetChangesAsync(new ChangeQuery { After = last, Limit = 1 }, ctx.CancellationToken).ConfigureAwait(false)).Count > 0;
                return new ChangePage(found, last, more);
            });

    public static void AddChanged(ObjectGraphType subscription) =>
        WithFilter(subscription.Field<NonNullGraphType<ChangeGraphType>>("changed")
            .Description("Each recorded curation as it happens. With `after`, first replays every change after that sequence, then continues live; without it, only changes from now on.")
            .Argument<IntGraphType>("after", "Replay changes after this sequence first (the last one this client saw)."))
            .ResolveStreamAsync(async ctx =>
            {
                var filter = Filter(ctx);
                var store = ctx.RequestServices!.GetRequiredService<IGraphStore>();
                var options = ctx.RequestServices!.GetRequiredService<IOptions<ChangeFeedOptions>>().Value;
                long after = ctx.GetArgument<int?>("after") is { } given
                    ? GraphPlanErrors.InRange("after", given, 0, int.MaxValue)
                    : (await store.GetAuditTrailAsync(new AuditQuery { Limit = 1 }, ctx.CancellationToken).ConfigureAwait(false)).FirstOrDefault()?.Sequence ?? 0;
                return (IObservable<object?>)new ChangeStream(store, ctx.RequestServices!.GetRequiredService<ChangeSignal>(), options, after, filter);
            });

    private static FieldBuilder<TSource, TReturn> WithFilter<TSource, TReturn>(FieldBuilder<TSource, TReturn> field) => field
        .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("subjects", $"Only changes to these entities (and relationships touching them) or relationships; at most {MaxSubjects}.")
        .Argument<ListGraphType<NonNullGraphType<CurationActionGraphType>>>("actions", "Only these kinds of change.");

    private static ChangeFilter Filter(IResolveFieldContext context)
    {
        var subjects = context.GetArgument<List<string>?>("subjects");
        if (subjects is not null)
        {
            GraphPlanErrors.InRange("subjects (count)", subjects.Count, 0, MaxSubjects);
        }

        var actions = context.GetArgument<List<CurationAction>?>("actions");
        return new ChangeFilter(subjects?.ToHashSet(StringComparer.Ordinal), actions?.ToHashSet());
    }
}
