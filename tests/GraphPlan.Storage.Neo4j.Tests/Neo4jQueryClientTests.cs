using System.Net;
using GraphPlan.Core.Store;
using GraphPlan.Storage.Neo4j.Tests.Fakes;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>The Query API client against Neo4j's documented request and response shapes.</summary>
public sealed class Neo4jQueryClientTests : IDisposable
{
    private static readonly CypherQuery _query = new("test", "MATCH (n:Person {name: $name}) RETURN n AS alice", new Dictionary<string, object?> { ["name"] = "Alice" });

    private readonly FakeNeo4jHandler _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_request_goes_to_the_databases_query_endpoint_with_basic_auth_json_and_parameters()
    {
        _server.Respond(HttpStatusCode.Accepted, Neo4jPayloads.NodeResult);

        await TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://neo4j.test:7474/db/graphplan/query/v2", request.Uri.ToString());
        Assert.Equal("Basic", request.Authorization?.Scheme);
        Assert.Equal(TestClients.Credentials, request.Authorization?.Parameter);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(_query.Text, request.Statement);
        Assert.Equal("Alice", request.Parameters.GetProperty("name").GetString());
        Assert.Equal("Read", request.AccessMode);
        Assert.Equal(10, request.Body.GetProperty("maxExecutionTime").GetInt32());
    }

    [Fact]
    public async Task Writes_say_so_and_the_timeout_field_can_be_left_out()
    {
        _server.Respond(HttpStatusCode.Accepted, Neo4jPayloads.Counters);

        await TestClients.Client(_server, o => o.SendMaxExecutionTime = false).RunAsync(_query, Neo4jAccessMode.Write);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("Write", request.AccessMode);
        Assert.False(request.Body.TryGetProperty("maxExecutionTime", out _));
    }

    [Fact]
    public async Task A_database_name_is_escaped_into_the_path_and_a_base_path_is_kept()
    {
        _server.Respond(HttpStatusCode.Accepted, Neo4jPayloads.Counters);

        await TestClients.Client(_server, o => (o.Uri, o.Database) = (new Uri("https://db.example:7473/neo4j/"), "plan db")).RunAsync(_query, Neo4jAccessMode.Read);

        Assert.Equal("https://db.example:7473/neo4j/db/plan%20db/query/v2", _server.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Rows_are_read_by_field_name_with_nodes_decoded()
    {
        _server.Respond(HttpStatusCode.Accepted, Neo4jPayloads.TwoColumns);

        var result = await TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read);

        Assert.Equal(["person", "name"], result.Fields);
        var record = result.Single();
        Assert.Equal("Phil", record["name"].GetString());
        var node = Assert.IsType<Neo4jNode>(record.Decode("person"));
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Phil", node.Properties["name"]);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
    }

    [Fact]
    public async Task Plain_json_integers_stay_integers()
    {
        _server.Respond(HttpStatusCode.Accepted, Neo4jPayloads.NodeResult);

        var node = Assert.IsType<Neo4jNode>((await TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read)).Single().Decode("alice"));

        Assert.Equal(42L, node.Properties["age"]);
    }

    [Fact]
    public async Task Typed_json_values_are_decoded()
    {
        _server.Respond(HttpStatusCode.Accepted, Neo4jPayloads.TypedNode).Respond(HttpStatusCode.Accepted, Neo4jPayloads.TypedScalars);
        var client = TestClients.Client(_server);

        var node = (await client.RunAsync(_query, Neo4jAccessMode.Read)).Single();
        var scalars = (await client.RunAsync(_query, Neo4jAccessMode.Read)).Single();

        Assert.Equal("Phil", node.Decode("name"));
        Assert.Equal("Phil", Assert.IsType<Neo4jNode>(node.Decode("person")).Properties["name"]);
        Assert.Equal(123L, scalars.Decode("i"));
        Assert.Equal(3.2e9, scalars.Decode("f"));
        Assert.True(double.IsNaN((double)scalars.Decode("nan")!));
        Assert.Equal(true, scalars.Decode("b"));
        Assert.Null(scalars.Decode("n"));
        Assert.Equal([1L, "two"], Assert.IsAssignableFrom<IReadOnlyList<object?>>(scalars.Decode("list")));
        Assert.Equal(-7L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(scalars.Decode("map"))["k"]);
        Assert.Equal("2015-03-26", scalars.Decode("date"));
        Assert.Equal("SRID=7203;POINT (1.2 3.4)", scalars.Decode("point"));
    }

    [Fact]
    public async Task A_path_decodes_as_alternating_nodes_and_relationships()
    {
        _server.Respond(HttpStatusCode.Accepted, Neo4jPayloads.Path);

        var path = Assert.IsAssignableFrom<IReadOnlyList<object?>>((await TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read)).Single().Decode("p"));

        Assert.Equal(3, path.Count);
        var alice = Assert.IsType<Neo4jNode>(path[0]);
        var likes = Assert.IsType<Neo4jRelationship>(path[1]);
        var phil = Assert.IsType<Neo4jNode>(path[2]);
        Assert.Equal("LIKES", likes.Type);
        Assert.Equal(alice.ElementId, likes.StartNodeElementId);
        Assert.Equal(phil.ElementId, likes.EndNodeElementId);
        Assert.Equal("forever!", likes.Properties["since"]);
    }

    [Theory]
    [InlineData(Neo4jPayloads.WrongCredentials)]
    [InlineData(Neo4jPayloads.NoAuthHeader)]
    public async Task Refused_credentials_fail_at_once_with_a_clear_message(string body)
    {
        _server.Respond(HttpStatusCode.Unauthorized, body);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Contains("refused the credentials of user 'neo4j'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("verysecret", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_401_without_a_body_is_an_authentication_failure_too()
    {
        _server.Respond(HttpStatusCode.Unauthorized, "");

        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read));
    }

    [Fact]
    public async Task A_syntax_error_is_never_retried()
    {
        _server.Respond(HttpStatusCode.BadRequest, Neo4jPayloads.SyntaxError);

        var error = await Assert.ThrowsAsync<Neo4jSyntaxException>(() => TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("'test'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid input 'T'", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_constraint_violation_is_a_validation_error()
    {
        _server.Respond(HttpStatusCode.BadRequest, Neo4jPayloads.ConstraintViolation);

        var error = await Assert.ThrowsAsync<GraphValidationException>(() => TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Write));

        Assert.Contains("already exists", Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task An_unknown_database_is_named_in_the_error()
    {
        _server.Respond(HttpStatusCode.NotFound, Neo4jPayloads.DatabaseNotFound);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
        Assert.Contains("database 'graphplan'", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Errors_inside_a_202_body_are_not_taken_for_success()
    {
        _server.Respond(HttpStatusCode.Accepted, Neo4jPayloads.ErrorInAccepted);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
        Assert.Contains("/ by zero", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task An_unavailable_database_is_retried_until_it_answers()
    {
        _server.Respond(HttpStatusCode.BadRequest, Neo4jPayloads.DatabaseUnavailable)
            .Respond(HttpStatusCode.ServiceUnavailable, "")
            .Respond(HttpStatusCode.Accepted, Neo4jPayloads.NodeResult);

        var result = await TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read);

        Assert.Single(result.Records);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task An_unavailable_database_fails_clearly_once_the_retries_run_out()
    {
        _server.Answer = _ => FakeNeo4jHandler.Json(HttpStatusCode.BadRequest, Neo4jPayloads.DatabaseUnavailable);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read));

        Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", error.Code);
        Assert.Contains("is unavailable", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_and_then_named()
    {
        _server.Throw(new HttpRequestException("Connection refused (neo4j.test:7474)"))
            .Throw(new HttpRequestException("Connection refused (neo4j.test:7474)"))
            .Throw(new HttpRequestException("Connection refused (neo4j.test:7474)"));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read));

        Assert.StartsWith("Cannot reach Neo4j at http://neo4j.test:7474/", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_hangs_times_out_and_is_retried()
    {
        _server.Hang().Respond(HttpStatusCode.Accepted, Neo4jPayloads.NodeResult);

        var result = await TestClients.Client(_server, o => o.Timeout = TimeSpan.FromMilliseconds(200)).RunAsync(_query, Neo4jAccessMode.Read);

        Assert.Single(result.Records);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_always_hangs_reports_the_timeout()
    {
        _server.Hang().Hang().Hang();

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => TestClients.Client(_server, o => o.Timeout = TimeSpan.FromMilliseconds(100)).RunAsync(_query, Neo4jAccessMode.Read));

        Assert.Contains("did not answer within", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_retried()
    {
        _server.Hang();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TestClients.Client(_server).RunAsync(_query, Neo4jAccessMode.Read, cancel.Token));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Connectivity_is_checked_once_without_retries_and_explained()
    {
        _server.Throw(new HttpRequestException("Connection refused (neo4j.test:7474)"));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => TestClients.Client(_server).VerifyConnectivityAsync());

        Assert.Contains("Cannot reach Neo4j at http://neo4j.test:7474/", error.Message, StringComparison.Ordinal);
        Assert.Contains("GRAPHPLAN_NEO4J_URI", error.Message, StringComparison.Ordinal);
        Assert.Equal("RETURN 1 AS ok", Assert.Single(_server.Requests).Statement);
    }

    [Fact]
    public async Task Connectivity_check_reports_refused_credentials()
    {
        _server.Respond(HttpStatusCode.Unauthorized, Neo4jPayloads.WrongCredentials);

        var error = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => TestClients.Store(_server).VerifyConnectivityAsync());

        Assert.Contains("GRAPHPLAN_NEO4J_PASSWORD", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }
}
