using GraphPlan.Core.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphPlan.Storage.Neo4j.Tests;

public sealed class Neo4jRegistrationTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Options_bind_from_the_store_neo4j_section()
    {
        using var provider = new ServiceCollection()
            .AddNeo4jGraphStore(Configuration(
                ("Store:Neo4j:Uri", "http://neo4j:7474"),
                ("Store:Neo4j:Database", "plan"),
                ("Store:Neo4j:Username", "reader"),
                ("Store:Neo4j:Password", "secret123"),
                ("Store:Neo4j:Timeout", "00:00:05"),
                ("Store:Neo4j:RetryAttempts", "1")))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(new Uri("http://neo4j:7474"), options.Uri);
        Assert.Equal("plan", options.Database);
        Assert.Equal("reader", options.Username);
        Assert.Equal("secret123", options.Password);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(1, options.RetryAttempts);
        Assert.Equal("http://neo4j:7474/db/plan/query/v2", options.QueryEndpoint.ToString());
    }

    [Fact]
    public void The_store_is_one_singleton_behind_the_contract()
    {
        using var provider = new ServiceCollection()
            .AddNeo4jGraphStore(Configuration(("Store:Neo4j:Uri", "http://neo4j:7474")))
            .BuildServiceProvider();

        var store = provider.GetRequiredService<IGraphStore>();

        Assert.IsType<Neo4jGraphStore>(store);
        Assert.Same(store, provider.GetRequiredService<IGraphStore>());
        Assert.Same(store, provider.GetRequiredService<Neo4jGraphStore>());
    }

    [Fact]
    public void A_missing_uri_is_a_clear_configuration_error()
    {
        using var provider = new ServiceCollection().AddNeo4jGraphStore(Configuration()).BuildServiceProvider();

        var error = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IGraphStore>());

        Assert.Contains("Store:Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_variables_override_the_configuration()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://config:7474"), Password = "fromconfig" };
        var environment = new Dictionary<string, string>
        {
            [Neo4jEnvironment.Uri] = "http://env:7474",
            [Neo4jEnvironment.User] = "ci",
            [Neo4jEnvironment.Password] = "fromenv",
            [Neo4jEnvironment.Database] = "ci-db",
        };

        Neo4jEnvironment.Apply(options, environment.GetValueOrDefault);

        Assert.Equal(new Uri("http://env:7474"), options.Uri);
        Assert.Equal(("ci", "fromenv", "ci-db"), (options.Username, options.Password, options.Database));
    }

    [Fact]
    public void Unset_or_empty_environment_variables_change_nothing()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://config:7474"), Password = "fromconfig" };

        Neo4jEnvironment.Apply(options, name => name == Neo4jEnvironment.Password ? "" : null);

        Assert.Equal(new Uri("http://config:7474"), options.Uri);
        Assert.Equal("fromconfig", options.Password);
        Assert.Equal("neo4j", options.Database);
    }
}
