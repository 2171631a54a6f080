using System.Net;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j;

/// <summary>Maps Neo4j's error codes and HTTP statuses onto the exceptions callers can act on. Branches on codes, never on messages.</summary>
internal static class Neo4jErrors
{
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";

    public static Exception FromCode(string code, string message, CypherQuery query, Neo4jOptions options)
    {
        var where = $"Neo4j at {options.RequiredUri} (database '{options.Database}')";
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) || code == "Neo.ClientError.Request.InvalidFormat" && message.Contains("authentication", StringComparison.OrdinalIgnoreCase))
        {
            return Credentials(options, code, message);
        }

        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
        {
            // Neo4j answered that the transaction failed and was rolled back: nothing of it was applied.
            return new Neo4jUnavailableException($"{where} is unavailable for now ({code}): {message}", code) { NotApplied = true };
        }

        return code switch
        {
            "Neo.ClientError.Statement.SyntaxError" => new Neo4jSyntaxException($"Neo4j could not parse statement '{query.Name}' ({code}): {message}", code),
            "Neo.ClientError.Schema.ConstraintValidationFailed" => new GraphValidationException("neo4j", [$"{code}: {message}"]),
            "Neo.ClientError.Database.DatabaseNotFound" => new Neo4jException($"{where}: the database does not exist ({code}); check {Neo4jOptions.Section}:Database or {Neo4jEnvironment.Database}", code),
            _ => new Neo4jException($"{where} failed statement '{query.Name}' ({code}): {message}", code),
        };
    }

    public static Exception FromStatus(HttpStatusCode status, string body, Neo4jOptions options)
    {
        var where = $"Neo4j at {options.RequiredUri} (database '{options.Database}')";
        var code = (int)status;
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return Credentials(options, null, $"HTTP {code}");
        }

        if (code >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            return new Neo4jUnavailableException($"{where} answered HTTP {code}: {Excerpt(body)}");
        }

        if (status == HttpStatusCode.NotFound)
        {
            return new Neo4jException($"{where} answered 404 for {options.QueryEndpoint}: is this Neo4j 5.19+ with the Query API enabled (on by default from 5.25)?");
        }

        return new Neo4jException($"{where} answered HTTP {code}: {Excerpt(body)}");
    }

    /// <summary>A failed connection; the request was certainly not sent when no connection was ever made (or the name did not resolve).</summary>
    public static Neo4jUnavailableException Unreachable(Neo4jOptions options, HttpRequestException cause) => new(
        $"Cannot reach Neo4j at {options.RequiredUri}: {cause.Message}. Check {Neo4jOptions.Section}:Uri (or {Neo4jEnvironment.Uri}) and that the server is running (docker compose up -d neo4j).",
        null,
        cause)
    {
        NotApplied = cause.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
    };

    public static Neo4jUnavailableException TimedOut(Neo4jOptions options, TimeSpan timeout, Exception cause) => new(
        $"Neo4j at {options.RequiredUri} did not answer within {timeout.TotalSeconds:0.#} s ({Neo4jOptions.Section}:{(timeout == options.Timeout ? nameof(Neo4jOptions.Timeout) : nameof(Neo4jOptions.SchemaTimeout))}).",
        null,
        cause);

    private static Neo4jAuthenticationException Credentials(Neo4jOptions options, string? code, string detail) => new(
        $"Neo4j at {options.RequiredUri} refused the credentials of user '{options.Username}' ({code ?? detail}). Check {Neo4jOptions.Section}:Username and :Password (or {Neo4jEnvironment.User} and {Neo4jEnvironment.Password}).",
        code ?? Unauthorized);

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
