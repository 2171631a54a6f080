using System.Security.Claims;
using System.Text.Json;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Limits;
using GraphPlan.Search;
using GraphPlan.Storage.Embedded;
using GraphPlan.Testing;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.GraphQL.Tests;

/// <summary>The schema as the API registers it, over an embedded store holding a given graph, executed in process.</summary>
public sealed class GraphQLTestHost : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-graphql-tests", Guid.NewGuid().ToString("N"));
    private readonly EmbeddedGraphStore _store;
    private readonly ServiceProvider _services;
    private readonly LucenePassageIndex _passages;

    public GraphQLTestHost(GraphData graph, Action<GraphQLLimitsOptions>? limits = null, Action<IServiceCollection>? configure = null)
    {
        _store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = Path.Combine(_folder, "graph.db") });
        _store.ImportAsync(graph).GetAwaiter().GetResult();
        // Builds the search index (and loads SmartCn's dictionaries) here, so no test's first search spends its time budget on it.
        _store.SearchAsync(new SearchRequest("氢")).GetAwaiter().GetResult();
        Store = new CountingGraphStore(_store);
        _passages = new LucenePassageIndex(RepositoryPaths.PlanText, _store);
        var services = new ServiceCollection()
            .AddSingleton<IGraphStore>(Store)
            .AddSingleton<ISearchIndex>(_store)
            .AddSingleton<IPassageIndex>(_passages)
            .AddGraphPlanGraphQL();
        if (limits is not null)
        {
            services.Configure(limits);
        }

        configure?.Invoke(services);

        _services = services.BuildServiceProvider();
    }

    public CountingGraphStore Store { get; }

    public ISchema Schema => _services.GetRequiredService<ISchema>();

    /// <summary>Executes a document and returns the response as the HTTP endpoint would serialize it.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, Dictionary<string, object?>? variables = null, ClaimsPrincipal? user = null)
    {
        var json = _services.GetRequiredService<IGraphQLTextSerializer>().Serialize(await ExecuteResultAsync(query, variables, user));
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    /// <summary>Executes a document and returns GraphQL.NET's result, execution nodes and all.</summary>
    public async Task<ExecutionResult> ExecuteResultAsync(string query, Dictionary<string, object?>? variables = null, ClaimsPrincipal? user = null)
    {
        using var scope = _services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        return await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables is null ? null : new Inputs(variables),
            RequestServices = scope.ServiceProvider,
            User = user,
        });
    }

    public void Dispose()
    {
        _services.Dispose();
        _passages.Dispose();
        _store.Dispose();
        TemporaryFolder.Delete(_folder);
    }
}
