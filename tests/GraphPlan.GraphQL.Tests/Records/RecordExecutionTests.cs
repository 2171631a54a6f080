using System.Text.Json;
using GraphPlan.Core.Seed;
using GraphPlan.GraphQL.Records;
using GraphPlan.Testing;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphPlan.GraphQL.Tests.Records;

/// <summary>
/// Objects read in one step answer exactly as GraphQL.NET's field-by-field execution does: the same data, errors and
/// cost, over every example operation, every load shape and documents built to reach the edges (aliases, repeated
/// fields, <c>__typename</c>, fragments on interfaces, directives with variables).
/// </summary>
public sealed class RecordExecutionTests(RecordExecutionTests.Hosts hosts) : IClassFixture<RecordExecutionTests.Hosts>
{
    private const string Hub = "industry:aerospace-high-end-equipment";

    public static TheoryData<string> Operations() =>
        new(new[] { Path.Combine(RepositoryPaths.Schema, "queries"), Path.Combine(RepositoryPaths.Root, "tests", "GraphPlan.LoadTest", "shapes") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'))
            .Where(file => !file.Contains("/curation/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));

    public static TheoryData<string> EdgeDocuments() => new(
        $$"""{ neighborhood(id: "{{Hub}}", depth: 1) { nodes { a: id id label __typename kind k: kind } edges { __typename id basis } } }""",
        """{ node(id: "target:hydrogen-output-2025") { __typename ... on Target { id name } ... on Entity { kind } ...Named } } fragment Named on Entity { nameEn id }""",
        """{ entities(first: 40) { nodes { __typename id ... on Project { name } ... on Target { nameEn } } } }""",
        $$"""{ node(id: "{{Hub}}") { related { kind entity { id ... on Industry { name } ... on Project { nameEn } } } } }""",
        $$"""{ node(id: "{{Hub}}") { id related { direction e: entity { __typename id } kind direction } name } }""",
        """{ node(id: "target:hydrogen-output-2025") { id ... on Target { supporters(maxDepth: 2) { nodes { depth @skip(if: true) entity { id } d: depth } } } } }""",
        """{ search(text: "氢") { totalCount } }""",
        """{ node(id: "target:hydrogen-output-2025") { ... on Target { supporters(maxDepth: 3) { nodes { entity { __typename id ... on Project { name } ... on Platform { nameEn } } path { entity { id } e: entity { kind } } } } } } }""",
        $$"""{ node(id: "{{Hub}}") { related { entity { id ... on Project { related { kind entity { id } } } } } } }""");

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_answers_as_field_by_field_execution(string operation)
    {
        var file = Path.Combine(RepositoryPaths.Root, operation);
        var query = await File.ReadAllTextAsync(file);

        await AssertSameAnswerAsync(query, RecordedResponseTests.VariablesOf(file));
    }

    [Theory]
    [MemberData(nameof(EdgeDocuments))]
    public async Task Edge_documents_answer_as_field_by_field_execution(string query) => await AssertSameAnswerAsync(query);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_directive_on_a_field_is_honoured(bool include)
    {
        const string query = """query($include: Boolean!) { neighborhood(id: "industry:hydrogen") { nodes { id label @include(if: $include) } } }""";
        var variables = new Dictionary<string, object?> { ["include"] = include };

        var answer = await AssertSameAnswerAsync(query, variables);

        var first = answer.GetProperty("data").GetProperty("neighborhood").GetProperty("nodes")[0];
        Assert.Equal(include, first.TryGetProperty("label", out _));
    }

    [Fact]
    public async Task The_nodes_and_edges_of_a_neighborhood_are_read_in_one_step()
    {
        var result = await hosts.Records.ExecuteResultAsync($$"""{ neighborhood(id: "{{Hub}}", depth: 2) { nodes { id kind label } edges { id source target kind } } }""");

        var neighborhood = Assert.IsType<RecordNode>(Assert.IsAssignableFrom<ObjectExecutionNode>(result.Data).SubFields!.Single());
        Assert.Empty(neighborhood.SubFields!);
        var lists = neighborhood.Values!.Select(value => Assert.IsType<ReadRecord?[]>(value)).ToList();
        Assert.All(lists, Assert.NotEmpty);
        var node = lists[0][0]!;
        Assert.Equal(["id", "kind", "label"], node.Names);
        Assert.Equal(["id", "source", "target", "kind"], lists[1][0]!.Names);
        Assert.Equal(new Dictionary<string, object?> { ["id"] = Hub, ["kind"] = "INDUSTRY", ["label"] = node.Values[2] }, ReadRecord.ToValue(node));
    }

    [Fact]
    public async Task A_selection_with_a_directive_is_read_for_each_object()
    {
        var result = await hosts.Records.ExecuteResultAsync("""{ neighborhood(id: "industry:hydrogen") { nodes { id label @skip(if: false) } } }""");

        var neighborhood = (RecordNode)((ObjectExecutionNode)result.Data!).SubFields!.Single();
        var nodes = (ArrayExecutionNode)neighborhood.SubFields!.Single();
        Assert.All(nodes.Items!.Cast<RecordNode>(), item => Assert.Equal(["id", "label"], item.Names));
        Assert.All(nodes.Items!.Cast<RecordNode>(), item => Assert.Empty(item.SubFields!));
    }

    [Fact]
    public async Task An_object_field_whose_selection_reads_in_one_step_is_read_with_its_object()
    {
        var result = await hosts.Records.ExecuteResultAsync($$"""{ node(id: "{{Hub}}") { related { kind entity { id ... on Project { name } } direction } } }""");

        var hub = (RecordNode)((ObjectExecutionNode)result.Data!).SubFields!.Single();
        var related = (ArrayExecutionNode)hub.SubFields!.Single();
        var relation = Assert.IsType<RecordNode>(related.Items![0]);
        Assert.Equal(["kind", "entity", "direction"], relation.Names);
        Assert.Empty(relation.SubFields!);
        var entity = Assert.IsType<ReadRecord>(relation.Values![1]);
        Assert.Equal(entity.Values[0] is string id && id.StartsWith("project:", StringComparison.Ordinal) ? ["id", "name"] : ["id"], entity.Names);
    }

    [Theory]
    [InlineData("entity { id related { kind } }")]
    [InlineData("entity { id ... on Project { related { kind } } }")]
    public async Task An_object_field_with_a_field_to_execute_under_it_is_a_child_node(string entity)
    {
        var result = await hosts.Records.ExecuteResultAsync($$"""{ node(id: "{{Hub}}") { related { kind {{entity}} direction } } }""");

        var hub = (RecordNode)((ObjectExecutionNode)result.Data!).SubFields!.Single();
        var relation = Assert.IsType<RecordNode>(((ArrayExecutionNode)hub.SubFields!.Single()).Items![0]);
        var child = Assert.IsType<RecordNode>(Assert.Single(relation.SubFields!));
        Assert.Same(child, relation.Values![1]);
        Assert.IsType<string>(relation.Values[0]);
        Assert.Equal("id", child.Names[0]);
    }

    private async Task<JsonElement> AssertSameAnswerAsync(string query, Dictionary<string, object?>? variables = null)
    {
        var expected = await hosts.FieldByField.ExecuteAsync(query, variables);
        var actual = await hosts.Records.ExecuteAsync(query, variables);

        Assert.False(expected.TryGetProperty("errors", out var errors), $"the document failed: {errors}");
        Assert.Equal(expected.GetRawText(), actual.GetRawText());
        return actual;
    }

    /// <summary>The curated plan behind GraphPlan's execution and behind GraphQL.NET's own parallel execution, field by field.</summary>
    public sealed class Hosts : IDisposable
    {
        public Hosts()
        {
            var graph = SeedLoader.Load(RepositoryPaths.Seed).Graph;
            Records = new GraphQLTestHost(graph);
            FieldByField = new GraphQLTestHost(graph, configure: services => services.AddSingleton<IExecutionStrategySelector>(new FieldByFieldSelector()));
        }

        public GraphQLTestHost Records { get; }

        public GraphQLTestHost FieldByField { get; }

        public void Dispose()
        {
            Records.Dispose();
            FieldByField.Dispose();
        }
    }

    private sealed class FieldByFieldSelector : IExecutionStrategySelector
    {
        public IExecutionStrategy Select(ExecutionContext context) =>
            context.Operation.Operation == OperationType.Query ? ParallelExecutionStrategy.Instance : new DefaultExecutionStrategySelector().Select(context);
    }
}
