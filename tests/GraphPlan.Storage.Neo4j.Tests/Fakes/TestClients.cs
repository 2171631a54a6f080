namespace GraphPlan.Storage.Neo4j.Tests.Fakes;

/// <summary>A Query API client wired to a <see cref="FakeNeo4jHandler"/>, with retries that do not wait.</summary>
public static class TestClients
{
    public static readonly Uri Server = new("http://neo4j.test:7474");

    /// <summary>Basic credentials neo4j:verysecret, as in Neo4j's documentation.</summary>
    public const string Credentials = "bmVvNGo6dmVyeXNlY3JldA==";

    public static Neo4jOptions Options(Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = Server,
            Database = "graphplan",
            Username = "neo4j",
            Password = "verysecret",
            RetryAttempts = 2,
            RetryDelay = TimeSpan.Zero,
            Timeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return options;
    }

    public static Neo4jQueryClient Client(FakeNeo4jHandler handler, Action<Neo4jOptions>? configure = null) =>
        new(new HttpClient(handler), Microsoft.Extensions.Options.Options.Create(Options(configure)));

    public static Neo4jGraphStore Store(FakeNeo4jHandler handler, Action<Neo4jOptions>? configure = null) => new(Client(handler, configure));
}
