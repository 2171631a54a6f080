using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.GraphQL.Listing;

/// <summary>Paged, filtered, sorted list fields over the store, for every kind or a fixed one.</summary>
internal static class ListField
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 256;

    public static void Add(ObjectGraphType type, string name, string description, EntityKind? fixedKind)
    {
        var field = type.Field<NonNullGraphType<EntityConnectionGraphType>>(name).Description(description);
        if (fixedKind is null)
        {
            field.Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only these kinds.");
        }

        field.Argument<StringGraphType>("search", $"A plain filter, not ranked search (use the root `search` field for that): keeps entities whose Chinese or English name, an alias or the id contains this text as written (case-insensitive substring, at most {MaxSearchLength} characters).")
            .Argument<ListGraphType<NonNullGraphType<AttributeInputGraphType>>>("attributes", "Attributes that must have exactly these values.")
            .Argument<EntityOrderInputGraphType>("orderBy", "Default: by id, ascending.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {MaxPageSize}.", a => a.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after", "Cursor of the last entity of the previous page.")
            .ResolveAsync(async ctx => await ResolveAsync(ctx, fixedKind).ConfigureAwait(false));
    }

    private static async Task<EntityConnection> ResolveAsync(IResolveFieldContext ctx, EntityKind? fixedKind)
    {
        var kinds = fixedKind is { } kind ? [kind] : ctx.GetArgument<List<EntityKind>?>("kinds") ?? [];
        var first = GraphPlanErrors.InRange("first", ctx.GetArgument("first", DefaultPageSize), 1, MaxPageSize);
        var offset = Cursor.After(ctx.GetArgument<string?>("after"));
        var search = ctx.GetArgument<string?>("search");
        if (search?.Length > MaxSearchLength)
        {
            throw GraphPlanErrors.InvalidFilter($"Argument 'search' has {search.Length} characters; at most {MaxSearchLength} are allowed.");
        }

        var attributes = ReadAttributes(ctx, kinds);
        var order = ctx.GetArgument<Dictionary<string, object?>?>("orderBy");
        var query = new EntityQuery
        {
            Kinds = kinds,
            Search = string.IsNullOrEmpty(search) ? null : search,
            Attributes = attributes,
            OrderBy = order?["field"] is EntityOrder field ? field : EntityOrder.Id,
            Descending = order?.GetValueOrDefault("direction") is true,
            Offset = offset,
            Limit = first,
        };
        var page = await ctx.RequestServices!.GetRequiredService<IGraphStore>().FindEntitiesAsync(query, ctx.CancellationToken).ConfigureAwait(false);
        return new EntityConnection(page.Items, offset, page.TotalCount);
    }

    private static Dictionary<string, string> ReadAttributes(IResolveFieldContext ctx, IReadOnlyList<EntityKind> kinds)
    {
        var filters = ctx.GetArgument<List<Dictionary<string, object?>>?>("attributes") ?? [];
        var scope = kinds.Count > 0 ? kinds : Enum.GetValues<EntityKind>();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var filter in filters)
        {
            var key = (string)filter["key"]!;
            var value = (string)filter["value"]!;
            if (!scope.Any(k => EntityRules.AttributesOf(k).ContainsKey(key)))
            {
                var known = scope.SelectMany(k => EntityRules.AttributesOf(k).Keys).Distinct().Order(StringComparer.Ordinal);
                throw GraphPlanErrors.InvalidFilter($"Attribute '{key}' is not known for {string.Join(", ", scope)}; known attributes: {string.Join(", ", known)}.");
            }

            if (!result.TryAdd(key, value))
            {
                throw GraphPlanErrors.InvalidFilter($"Attribute '{key}' is filtered twice.");
            }
        }

        return result;
    }
}
