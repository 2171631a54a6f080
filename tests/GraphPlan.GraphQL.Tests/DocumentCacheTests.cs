using GraphPlan.Core.Store;
using GraphPlan.Storage.Embedded;
using GraphPlan.Testing;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.GraphQL.Tests;

/// <summary>
/// The parsed-document cache wired by <see cref="GraphPlanGraphQLExtensions.AddGraphPlanGraphQL"/>: a repeated document
/// is not parsed again, yet every validation rule beyond the specification's still runs on it.
/// </summary>
public sealed class DocumentCacheTests : IDisposable
{
    private const string Query = "{ entities(first: 1) { totalCount } }";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-cache-tests", Guid.NewGuid().ToString("N"));
    private readonly EmbeddedGraphStore _store;

    public DocumentCacheTests()
    {
        _store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = Path.Combine(_folder, "graph.db") });
        _store.ImportAsync(SampleGraph.Create()).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _store.Dispose();
        TemporaryFolder.Delete(_folder);
    }

    [Fact]
    public async Task A_repeated_document_is_parsed_once()
    {
        using var services = Services(_ => { });

        var first = await ExecuteAsync(services, Query);
        var second = await ExecuteAsync(services, Query);

        Assert.True(first.Executed);
        Assert.True(second.Executed);
        Assert.Same(first.Document, second.Document);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_cached_document_is_still_rejected_by_a_rule_that_rejects_it(bool declaredForCachedDocuments)
    {
        var rule = new SwitchableRule();
        using var services = Services(builder => builder.AddValidationRule(rule, declaredForCachedDocuments));

        var accepted = await ExecuteAsync(services, Query);
        var cached = await ExecuteAsync(services, Query);
        rule.Rejects = true;
        var rejected = await ExecuteAsync(services, Query);

        Assert.Same(accepted.Document, cached.Document);
        Assert.False(rejected.Executed);
        Assert.Contains(rejected.Errors!, e => e.Message == SwitchableRule.Message);
    }

    [Fact]
    public async Task A_rule_given_with_the_request_still_runs_on_a_cached_document()
    {
        using var services = Services(_ => { });
        var rule = new SwitchableRule { Rejects = true };

        var accepted = await ExecuteAsync(services, Query);
        var cached = await ExecuteAsync(services, Query);
        var rejected = await ExecuteAsync(services, Query, [.. DocumentValidator.CoreRules, rule]);

        Assert.Same(accepted.Document, cached.Document);
        Assert.False(rejected.Executed);
        Assert.Contains(rejected.Errors!, e => e.Message == SwitchableRule.Message);
    }

    private ServiceProvider Services(Action<IGraphQLBuilder> configure)
    {
        var services = new ServiceCollection().AddSingleton<IGraphStore>(_store).AddGraphPlanGraphQL();
        services.AddGraphQL(configure);
        return services.BuildServiceProvider();
    }

    private static async Task<ExecutionResult> ExecuteAsync(ServiceProvider services, string query, IEnumerable<IValidationRule>? rules = null)
    {
        using var scope = services.CreateScope();
        var options = new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider };
        if (rules is not null)
        {
            options.ValidationRules = rules;
        }

        return await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options);
    }

    /// <summary>Accepts every document until told to reject them all.</summary>
    private sealed class SwitchableRule : ValidationRuleBase
    {
        public const string Message = "Rejected by the test's rule.";

        public bool Rejects { get; set; }

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            if (Rejects)
            {
                context.ReportError(new ValidationError(Message));
            }

            return default;
        }
    }
}
