using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Responses;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphPlan.GraphQL.Tests.Records;

/// <summary>
/// An object whose one-step read fails (a read throws, or a non-null field reads null) is executed field by field, so
/// its errors carry the path and null propagation the specification asks for, exactly as without records.
/// </summary>
public sealed class RecordFallbackTests
{
    private const string Query = "{ items { name code } }";

    [Fact]
    public async Task A_read_that_throws_is_reported_on_its_field()
    {
        var answer = await AnswerAsync(new ItemsQuery([new("a", "1"), new("boom", "2"), new("c", "3")]), new RecordExecutionStrategy());

        Assert.Equal(await AnswerAsync(new ItemsQuery([new("a", "1"), new("boom", "2"), new("c", "3")]), new ParallelExecutionStrategy()), answer);
        Assert.Contains(""" "data":{"items":[{"name":"a","code":"1"},null,{"name":"c","code":"3"}]} """.Trim(), answer, StringComparison.Ordinal);
        Assert.Contains(""" "path":["items",1,"name"] """.Trim(), answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_null_field_that_reads_null_nulls_its_object()
    {
        var answer = await AnswerAsync(new ItemsQuery([new("a", null), new("b", "2")]), new RecordExecutionStrategy());

        Assert.Equal(await AnswerAsync(new ItemsQuery([new("a", null), new("b", "2")]), new ParallelExecutionStrategy()), answer);
        Assert.Contains("""{"items":[null,{"name":"b","code":"2"}]}""", answer, StringComparison.Ordinal);
        Assert.Contains(""" "path":["items",0,"code"] """.Trim(), answer, StringComparison.Ordinal);
    }

    private static async Task<string> AnswerAsync(ItemsQuery query, IExecutionStrategy strategy)
    {
        var schema = new global::GraphQL.Types.Schema { Query = query };
        schema.Initialize();
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new Selector(strategy), []);
        var result = await executer.ExecuteAsync(new ExecutionOptions { Schema = schema, Query = Query });
        var serializer = new GraphPlanSerializer(new ErrorInfoProvider());
        return serializer.Serialize(result);
    }

    private sealed record Item(string Name, string? Code);

    private sealed class ItemGraphType : ObjectGraphType<Item>
    {
        public ItemGraphType()
        {
            Name = "Item";
            Field<NonNullGraphType<StringGraphType>>("name").ResolveSource(item => item.Name == "boom" ? throw new InvalidOperationException("unreadable") : item.Name);
            Field<NonNullGraphType<StringGraphType>>("code").ResolveSource(item => item.Code);
        }
    }

    private sealed class ItemsQuery : ObjectGraphType
    {
        public ItemsQuery(IReadOnlyList<Item> items)
        {
            Name = "Query";
            Field<ListGraphType<ItemGraphType>>("items").Resolve(_ => items);
        }
    }

    private sealed class Selector(IExecutionStrategy strategy) : IExecutionStrategySelector
    {
        public IExecutionStrategy Select(ExecutionContext context) => strategy;
    }
}
