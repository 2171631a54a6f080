using BenchmarkDotNet.Attributes;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.Benchmarks;

/// <summary>
/// The whole GraphQL execution of the example operations (schema/queries/*.graphql), serialized as the HTTP endpoint
/// does, at each graph size. On generated graphs the seed's ids are replaced by equivalents (hub industry, its target,
/// an indicator).
/// </summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private BenchmarkGraph _graph = null!;
    private string _query = string.Empty;
    private Inputs? _variables;
    private IDocumentExecuter<ISchema> _executer = null!;
    private IGraphQLTextSerializer _serializer = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "seed";

    [ParamsSource(nameof(Operations))]
    public string Operation { get; set; } = "hydrogen-supporters";

    public static IEnumerable<string> Sizes => BenchmarkGraph.Sizes;

    /// <summary>
    /// The example operations and the five shapes of the load run's floor comparison (tests/GraphPlan.LoadTest/shapes);
    /// GRAPHPLAN_BENCH_OPERATIONS (comma-separated names) keeps some of them.
    /// </summary>
    public static IEnumerable<string> Operations =>
        OperationFolders.SelectMany(folder => Directory.GetFiles(folder, "*.graphql")).Select(Path.GetFileNameWithoutExtension)
            .Where(name => Environment.GetEnvironmentVariable("GRAPHPLAN_BENCH_OPERATIONS") is not { Length: > 0 } only || only.Split(',').Contains(name))
            .Order(StringComparer.Ordinal)!;

    private static string[] OperationFolders =>
        [Path.Combine(BenchmarkGraph.RepositoryRoot, "schema", "queries"), Path.Combine(BenchmarkGraph.RepositoryRoot, "tests", "GraphPlan.LoadTest", "shapes")];

    [GlobalSetup]
    public void Setup()
    {
        _graph = BenchmarkGraph.Of(Size);
        _query = _graph.Operation(File.ReadAllText(OperationFolders.Select(folder => Path.Combine(folder, Operation + ".graphql")).First(File.Exists)));
        _variables = ExampleVariables.For(Operation);
        _executer = _graph.Services.GetRequiredService<IDocumentExecuter<ISchema>>();
        _serializer = _graph.Services.GetRequiredService<IGraphQLTextSerializer>();
        var result = _executer.ExecuteAsync(Options(_graph.Services)).GetAwaiter().GetResult();
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"{Operation} on {Size}: {errors[0].Message}");
        }
    }

    [Benchmark]
    public async Task Execute()
    {
        using var scope = _graph.Services.CreateScope();
        var result = await _executer.ExecuteAsync(Options(scope.ServiceProvider)).ConfigureAwait(false);
        await _serializer.WriteAsync(Stream.Null, result).ConfigureAwait(false);
    }

    private ExecutionOptions Options(IServiceProvider services) => new() { Query = _query, Variables = _variables, RequestServices = services };
}
