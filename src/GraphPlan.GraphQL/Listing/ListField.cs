using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Filtering;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

/// <summary>Paged, filtered, sorted list fields over the store, for every kind or a fixed one.</summary>
internal static class ListField
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 256;
    public const int MaxSortKeys = 5;

    public static void Add(ObjectGraphType type, string name, string description, EntityKind? fixedKind)
    {
        var field = type.Field<NonNullGraphType<EntityConnectionGraphType>>(name).Description(description);
        if (fixedKind is null)
        {
            field.Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only these kinds.");
        }

        field.Argument<StringGraphType>("search", $"A plain filter, not ranked search (use the root `search` field for that): keeps entities whose Chinese or English name, an alias or the id contains this text as written (case-insensitive substring, at most {MaxSearchLength} characters).")
            .Argument<ListGraphType<NonNullGraphType<AttributeInputGraphType>>>("attributes", "Attributes that must have exactly these values (the whole value: table \"2-1\" does not find \"1-1 2-1\"; `where` matches list items).")
            .Argument<EntityFilterInputGraphType>("where", "A typed condition: AND / OR / NOT over text operators, attributes, yearly values, commitments and relationships; applies together with `search` and `attributes`.")
            .Argument<ListGraphType<NonNullGraphType<EntityOrderInputGraphType>>>("orderBy", $"Sort keys in order (one object is a list of one), at most {MaxSortKeys}. Default: by id, ascending.")
            .Argument<IntGraphType>("first", $"Page size, 1 to {MaxPageSize}.", a => a.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after", "Cursor of the last entity of the previous page.")
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) => await ResolveAsync(ctx, store, fixedKind).ConfigureAwait(false));
    }

    private static async Task<EntityConnection> ResolveAsync(IResolveFieldContext ctx, IGraphStore store, EntityKind? fixedKind)
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
        var query = new EntityQuery
        {
            Kinds = kinds,
            Search = string.IsNullOrEmpty(search) ? null : search,
            Attributes = attributes,
            Where = FilterReader.Read(ctx.GetArgument<object?>("where"), kinds),
            Sort = ReadSort(ctx, kinds),
            Offset = offset,
            Limit = first,
        };
        var page = await store.FindEntitiesAsync(query, ctx.CancellationToken).ConfigureAwait(false);
        return new EntityConnection(page.Items, offset, page.TotalCount);
    }

    private static List<EntitySortKey> ReadSort(IResolveFieldContext ctx, IReadOnlyList<EntityKind> kinds)
    {
        var orders = ctx.GetArgument<List<Dictionary<string, object?>>?>("orderBy") ?? [];
        if (orders.Count > MaxSortKeys)
        {
            throw GraphPlanErrors.BadInput($"Argument 'orderBy' has {orders.Count} keys; at most {MaxSortKeys} are allowed.");
        }

        var scope = kinds.Count > 0 ? kinds : Enum.GetValues<EntityKind>();
        var result = new List<EntitySortKey>();
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i];
            var field = (EntityOrder)order["field"]!;
            var key = new EntitySortKey(field, order.GetValueOrDefault("direction") is true)
            {
                Key = order.GetValueOrDefault("key") as string,
                Year = order.GetValueOrDefault("year") as int?,
                Role = order.GetValueOrDefault("role") as ValueRole?,
            };
            if (field == EntityOrder.Attribute && (key.Key is null || !scope.Any(k => EntityRules.AttributesOf(k).ContainsKey(key.Key))))
            {
                var known = scope.SelectMany(k => EntityRules.AttributesOf(k).Keys).Distinct().Order(StringComparer.Ordinal);
                throw GraphPlanErrors.BadInput($"orderBy[{i}]: field ATTRIBUTE needs a `key` known for {string.Join(", ", scope)} ({string.Join(", ", known)}), not '{key.Key}'.");
            }

            if (field == EntityOrder.Value && (key.Year is null || key.Role is null))
            {
                throw GraphPlanErrors.BadInput($"orderBy[{i}]: field VALUE needs both `year` and `role` (e.g. year: 2025, role: TARGET).");
            }

            result.Add(key);
        }

        return result;
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
