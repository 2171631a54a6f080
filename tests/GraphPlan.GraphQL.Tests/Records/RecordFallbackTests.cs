using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Responses;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphPlan.GraphQL.Tests.Records;

/// <summary>
/// An object whose one-step read fails (a read throws, or a non-null field reads null, in it or in an object read with
/// it) is executed field by field, so
/// its errors carry the path and null propagation the specification asks for, exactly as without records.
/// </summary>
public sealed class RecordFallbackTests
{
    [Theory]
    [InlineData("{ items { name code } }")]
    [InlineData("{ items { name tags code } }")]
    public async Task A_read_that_throws_is_reported_on_its_field(string query)
    {
        var answer = await AnswerAsync(query, new ItemsQuery([new("a", "1"), new("boom", "2"), new("c", "3")]), new RecordExecutionStrategy());

        Assert.Equal(await AnswerAsync(query, new ItemsQuery([new("a", "1"), new("boom", "2"), new("c", "3")]), new ParallelExecutionStrategy()), answer);
        Assert.Contains(""" {"name":"c",""".Trim(), answer, StringComparison.Ordinal);
        Assert.Contains(""" "items":[{"name":"a",""".Trim(), answer, StringComparison.Ordinal);
        Assert.Contains("},null,{", answer, StringComparison.Ordinal);
        Assert.Contains(""" "path":["items",1,"name"] """.Trim(), answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ items { name code } }")]
    [InlineData("{ items { name tags code } }")]
    public async Task A_non_null_field_that_reads_null_nulls_its_object(string query)
    {
        var answer = await AnswerAsync(query, new ItemsQuery([new("a", null), new("b", "2")]), new RecordExecutionStrategy());

        Assert.Equal(await AnswerAsync(query, new ItemsQuery([new("a", null), new("b", "2")]), new ParallelExecutionStrategy()), answer);
        Assert.Contains(""" "items":[null,{"name":"b",""".Trim(), answer, StringComparison.Ordinal);
        Assert.Contains(""" "path":["items",0,"code"] """.Trim(), answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ items { name parts { label } } }", "[\"items\",1,\"parts\",0,\"label\"]")]
    [InlineData("{ items { name first { label } } }", "[\"items\",1,\"first\",\"label\"]")]
    [InlineData("{ items { name first { label } } }", "[\"items\",2,\"first\"]")]
    [InlineData("{ items { name parts { label } } }", "[\"items\",3,\"parts\",1]")]
    public async Task A_nested_object_read_that_fails_is_reported_where_field_by_field_execution_reports_it(string query, string path)
    {
        Item[] items = [new("a", "1", [new("x")]), new("b", "2", [new("boom")]), new("c", "3", []), new("d", "4", [new("y"), null])];

        var answer = await AnswerAsync(query, new ItemsQuery(items), new RecordExecutionStrategy());

        Assert.Equal(await AnswerAsync(query, new ItemsQuery(items), new ParallelExecutionStrategy()), answer);
        Assert.Contains($"\"path\":{path}", answer, StringComparison.Ordinal);
        Assert.Contains(""" "items":[{"name":"a",""".Trim(), answer, StringComparison.Ordinal);
    }

    private static async Task<string> AnswerAsync(string document, ItemsQuery query, IExecutionStrategy strategy)
    {
        var schema = new global::GraphQL.Types.Schema { Query = query };
        schema.Initialize();
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), new Selector(strategy), []);
        var result = await executer.ExecuteAsync(new ExecutionOptions { Schema = schema, Query = document });
        var serializer = new GraphPlanSerializer(new ErrorInfoProvider());
        return serializer.Serialize(result);
    }

    private sealed record Item(string Name, string? Code, IReadOnlyList<Part?>? Parts = null);

    private sealed record Part(string Label);

    private sealed class PartGraphType : ObjectGraphType<Part>
    {
        public PartGraphType()
        {
            Name = "Part";
            Field<NonNullGraphType<StringGraphType>>("label").ResolveSource(part => part.Label == "boom" ? throw new InvalidOperationException("unreadable") : part.Label);
        }
    }

    private sealed class ItemGraphType : ObjectGraphType<Item>
    {
        public ItemGraphType()
        {
            Name = "Item";
            Field<NonNullGraphType<StringGraphType>>("name").ResolveSource(item => item.Name == "boom" ? throw new InvalidOperationException("unreadable") : item.Name);
            Field<NonNullGraphType<StringGraphType>>("code").ResolveSource(item => item.Code);
            Field<ListGraphType<StringGraphType>>("tags").Resolve(context => new[] { context.Source.Name });
            Field<ListGraphType<NonNullGraphType<PartGraphType>>>("parts").ResolveSource(item => item.Parts);
            Field<NonNullGraphType<PartGraphType>>("first").ResolveSource(item => item.Parts?.FirstOrDefault());
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
