using System.Text.Json;
using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphPlan.Api.Hosting;

/// <summary>
/// GraphQL over HTTP: POST with a JSON body, GET with query parameters (queries only). Answers
/// <c>application/graphql-response+json</c> when the client accepts it (request errors then get 400),
/// and <c>application/json</c> otherwise (always 200 for a well-formed GraphQL response).
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static IEndpointRouteBuilder MapGraphPlanGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapPost(pattern, PostAsync);
        endpoints.MapGet(pattern, GetAsync);
        return endpoints;
    }

    private static async Task PostAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
    {
        if (ResponseMediaType(http.Request) is not { } mediaType)
        {
            await WriteStatusAsync(http, StatusCodes.Status406NotAcceptable, $"The endpoint answers {GraphQLResponseJson} or {Json}.").ConfigureAwait(false);
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
        {
            await WriteStatusAsync(http, StatusCodes.Status415UnsupportedMediaType, $"POST bodies must be {Json}.").ConfigureAwait(false);
            return;
        }

        GraphQLRequest? request;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
            if (body.RootElement.ValueKind == JsonValueKind.Array)
            {
                await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, "Batched requests (a JSON array) are not supported: send one operation per request.", "BATCHING_NOT_SUPPORTED").ConfigureAwait(false);
                return;
            }

            if (body.RootElement.ValueKind != JsonValueKind.Object
                || !body.RootElement.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
            {
                await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, "The body must be a JSON object with a string 'query'.", ErrorCodes.BadUserInput).ConfigureAwait(false);
                return;
            }

            request = serializer.Deserialize<GraphQLRequest>(body.RootElement.GetRawText());
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, $"The body is not valid JSON for a GraphQL request: {ex.Message}", "INVALID_JSON").ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(http, executer, serializer, mediaType, request!).ConfigureAwait(false);
    }

    private static async Task GetAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
    {
        if (ResponseMediaType(http.Request) is not { } mediaType)
        {
            await WriteStatusAsync(http, StatusCodes.Status406NotAcceptable, $"The endpoint answers {GraphQLResponseJson} or {Json}.").ConfigureAwait(false);
            return;
        }

        var query = http.Request.Query["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, "The 'query' parameter is missing.", ErrorCodes.BadUserInput).ConfigureAwait(false);
            return;
        }

        var operationName = NullIfEmpty(http.Request.Query["operationName"]);
        if (IsMutation(query, operationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations are not allowed over GET; use POST.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return;
        }

        GraphQLRequest request;
        try
        {
            request = new GraphQLRequest
            {
                Query = query,
                OperationName = operationName,
                Variables = NullIfEmpty(http.Request.Query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(http.Request.Query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            };
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, $"The 'variables' or 'extensions' parameter is not a JSON object: {ex.Message}", "INVALID_JSON").ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(http, executer, serializer, mediaType, request).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, string mediaType, GraphQLRequest request)
    {
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        }).ConfigureAwait(false);

        http.Response.StatusCode = !result.Executed && mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The media type to answer with, or null when the client accepts neither of ours.</summary>
    private static string? ResponseMediaType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        var ranked = accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1).ToList();
        foreach (var candidate in ranked)
        {
            if (candidate.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (candidate.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || candidate.MediaType.Equals("*/*", StringComparison.Ordinal) || candidate.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return null;
    }

    private static bool IsMutation(string query, string? operationName)
    {
        try
        {
            var operations = GraphQLParser.Parser.Parse(query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var chosen = operationName is null ? operations.SingleOrDefault() : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return chosen?.Operation is OperationType.Mutation or OperationType.Subscription;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }
    }

    private static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string message, string code)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteStatusAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{Json}; charset=utf-8";
        await http.Response.WriteAsJsonAsync(new { message }, http.RequestAborted).ConfigureAwait(false);
    }
}
