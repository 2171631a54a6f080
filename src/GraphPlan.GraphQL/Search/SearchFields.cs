using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Listing;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Search;

/// <summary>The root <c>search</c> and <c>passages</c> queries.</summary>
internal static class SearchFields
{
    public const int DefaultPageSize = 10;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchResultsGraphType>>("search")
            .Description(
                "Ranked full-text search in Chinese or English: an exact name (or id) first, then names holding every word, aliases, "
                + "English names, and last entities only a provenance quote matches. Chinese is matched by words and by character pairs "
                + "(液氢 finds 国内首座商用液氢工厂), English by stemmed words (\"liquid hydrogen\" finds \"liquid-hydrogen plant\"). "
                + "When nothing holds every term, near matches (one character or letter off) are returned. The text is searched as words: "
                + $"operators such as AND, *, ? and quotes have no special meaning. At most {SearchRequest.MaxTextLength} characters.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only these kinds.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {SearchRequest.MaxLimit}.", a => a.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after", "Cursor of the last hit of the previous page.")
            .Resolve().WithService<ISearchIndex>().ResolveAsync(async (ctx, index) =>
            {
                var offset = Cursor.After(ctx.GetArgument<string?>("after"));
                var request = new SearchRequest(ctx.GetArgument<string>("text"))
                {
                    Kinds = ctx.GetArgument<List<EntityKind>?>("kinds") ?? [],
                    Limit = ctx.GetArgument("first", DefaultPageSize),
                    Offset = offset,
                };
                if (request.Problem() is { } problem)
                {
                    throw GraphPlanErrors.BadInput(problem);
                }

                var results = await index.SearchAsync(request, ctx.CancellationToken).ConfigureAwait(false);
                return new SearchPage(results, offset);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PassageGraphType>>>>("passages")
            .Description(
                "The plan's own sentences that match, best first, each with the chapter or section it stands in and the entities whose "
                + "provenance quotes it: \"where does the plan talk about 液氢?\". Matched like `search` (character pairs and words).")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"What to look for, at most {SearchRequest.MaxTextLength} characters.")
            .Argument<IntGraphType>("first", $"At most this many, 1 to {SearchRequest.MaxLimit}.", a => a.DefaultValue = DefaultPageSize)
            .Resolve().WithServices<IPassageIndex, IGraphStore>().ResolveAsync(async (ctx, passageIndex, store) =>
            {
                var text = ctx.GetArgument<string>("text");
                var first = ctx.GetArgument("first", DefaultPageSize);
                if ((new SearchRequest(text) { Limit = first }).Problem() is { } problem)
                {
                    throw GraphPlanErrors.BadInput(problem);
                }

                var passages = await passageIndex.FindAsync(text, first, ctx.CancellationToken).ConfigureAwait(false);
                var ids = passages.SelectMany(p => p.CitedBy.Prepend(p.Sentence.Section)).Distinct(StringComparer.Ordinal).ToList();
                var entities = ids.Count == 0
                    ? new Dictionary<string, Entity>(StringComparer.Ordinal)
                    : (await store.GetEntitiesAsync(ids, ctx.CancellationToken).ConfigureAwait(false))
                        .OfType<Entity>().ToDictionary(e => e.Id, StringComparer.Ordinal);
                return passages.Select(p => new PassageResult(
                    p,
                    entities.GetValueOrDefault(p.Sentence.Section),
                    p.CitedBy.Select(entities.GetValueOrDefault).OfType<Entity>().ToList())).ToList();
            });
    }
}
