using System.Text.Json;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Generation;
using GraphPlan.GraphQL;
using GraphPlan.Storage.Neo4j.Tests.Fakes;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>
/// A GraphQL request over the Neo4j store costs a fixed number of HTTP round trips per level, whatever the number of
/// parents: the fake server answers the list and relation statements from a generated graph and counts the requests.
/// </summary>
public sealed class GraphQLRoundTripTests : IDisposable
{
    private static readonly Dictionary<string, string> _names = CypherStatements.All
        .GroupBy(s => s.Text, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    private readonly GraphData _graph = PlanGraphGenerator.Generate(300, seed: 5);
    private readonly FakeNeo4jHandler _server = new();
    private readonly ServiceProvider _services;

    public GraphQLRoundTripTests()
    {
        _server.Answer = Answer;
        _services = new ServiceCollection().AddSingleton<IGraphStore>(TestClients.Store(_server)).AddGraphPlanGraphQL().BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task Forty_projects_with_three_levels_of_relations_cost_four_requests()
    {
        using var scope = _services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = "{ projects(first: 40) { nodes { id ... on Project { industries { id projects { id } } platforms { id } } } } }",
            RequestServices = scope.ServiceProvider,
        });

        Assert.Null(result.Errors);
        using var json = JsonDocument.Parse(scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result));
        var projects = json.RootElement.GetProperty("data").GetProperty("projects").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(40, projects.Count);
        Assert.All(projects, p => Assert.NotEmpty(p.GetProperty("industries").EnumerateArray()));
        // One page, then one request per relation field and level: industries, platforms, industries.projects.
        Assert.Equal(4, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("Read", r.AccessMode));
    }

    private HttpResponseMessage Answer(RecordedRequest request)
    {
        var name = _names[request.Statement];
        var parameters = request.Parameters;
        if (name.StartsWith("entities.find.", StringComparison.Ordinal))
        {
            var kinds = Strings(parameters, "kinds");
            var matches = _graph.Entities.Where(e => kinds.Count == 0 || kinds.Contains(GraphNames.Of(e.Kind))).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            var page = matches.Skip(parameters.GetProperty("offset").GetInt32()).Take(parameters.GetProperty("limit").GetInt32()).Select(GraphAnswers.Node).ToList();
            return GraphAnswers.Reply(["total", "items"], [[matches.Count, page]]);
        }

        if (name.StartsWith("related.", StringComparison.Ordinal))
        {
            var ids = Strings(parameters, "ids");
            var types = Strings(parameters, "types");
            var otherKinds = Strings(parameters, "otherKinds");
            var entities = _graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
            var rows = new List<object?[]>();
            foreach (var r in _graph.Relationships.Where(r => types.Count == 0 || types.Contains(GraphNames.Of(r.Kind))))
            {
                if (name != "related.incoming" && ids.Contains(r.From) && (otherKinds.Count == 0 || otherKinds.Contains(GraphNames.Of(entities[r.To].Kind))))
                {
                    rows.Add([r.From, GraphNames.Of(r.Kind), true, EntityProperties.ProvenanceJson(r.Provenance), r.Reasoning, GraphAnswers.Node(entities[r.To])]);
                }

                if (name != "related.outgoing" && ids.Contains(r.To) && (otherKinds.Count == 0 || otherKinds.Contains(GraphNames.Of(entities[r.From].Kind))))
                {
                    rows.Add([r.To, GraphNames.Of(r.Kind), false, EntityProperties.ProvenanceJson(r.Provenance), r.Reasoning, GraphAnswers.Node(entities[r.From])]);
                }
            }

            return GraphAnswers.Reply(["id", "type", "outgoing", "provenance", "reasoning", "other"], rows);
        }

        throw new InvalidOperationException($"{name} is not answered here");
    }

    private static List<string> Strings(JsonElement parameters, string name) =>
        parameters.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();
}
