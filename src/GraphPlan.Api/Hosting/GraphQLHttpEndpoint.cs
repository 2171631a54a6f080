using System.Text.Json;
using GraphPlan.Api.Caching;
using GraphPlan.GraphQL;
using GraphPlan.GraphQL.Curation;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Limits;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphPlan.Api.Hosting;

/// <summary>
/// GraphQL over HTTP (the Stage-2 text the graphql-http audit checks): POST with a UTF-8 JSON body, GET with query
/// parameters (queries only; 405 with <c>Allow: POST</c> for mutations). Answers <c>application/graphql-response+json</c>
/// when the client accepts it (request errors then get 400) and <c>application/json</c> otherwise (200 for any
/// well-formed GraphQL response). The body is read within <see cref="GraphQLLimitsOptions.MaxRequestBodyBytes"/> (413).
/// </summary>
public static partial class GraphQLHttpEndpoint
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>Longer Idempotency-Key headers are refused.</summary>
    public const int MaxIdempotencyKeyLength = 200;

    public static IEndpointRouteBuilder MapGraphPlanGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapPost(pattern, PostAsync);
        endpoints.MapGet(pattern, GetAsync);
        endpoints.MapMethods(pattern, [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], async http =>
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteStatusAsync(http, StatusCodes.Status405MethodNotAllowed, "Use GET (queries) or POST.").ConfigureAwait(false);
        });
        return endpoints;
    }

    private static async Task PostAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLLimitsOptions> options, ILoggerFactory loggers)
    {
        var limits = options.Value;
        if (ResponseMediaType(http.Request) is not { } mediaType)
        {
            await WriteStatusAsync(http, StatusCodes.Status406NotAcceptable, $"The endpoint answers {GraphQLResponseJson} or {Json}.").ConfigureAwait(false);
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            await WriteStatusAsync(http, StatusCodes.Status415UnsupportedMediaType, $"POST bodies must be {Json} in UTF-8.").ConfigureAwait(false);
            return;
        }

        if (await ReadBodyAsync(http, limits.MaxRequestBodyBytes).ConfigureAwait(false) is not { } body)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status413PayloadTooLarge, LimitErrors.Exceeded(LimitErrorCodes.RequestTooLarge, "The request body (bytes)", http.Request.ContentLength ?? limits.MaxRequestBodyBytes + 1L, limits.MaxRequestBodyBytes, nameof(limits.MaxRequestBodyBytes))).ConfigureAwait(false);
            return;
        }

        GraphQLRequest? request;
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = Math.Max(64, limits.MaxVariablesDepth + 2) });
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError("Batched requests (a JSON array) are not supported: send one operation per request.") { Code = "BATCHING_NOT_SUPPORTED" }).ConfigureAwait(false);
                return;
            }

            if (RequestShapeError(root) is { } shapeError)
            {
                await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError(shapeError) { Code = ErrorCodes.BadUserInput }).ConfigureAwait(false);
                return;
            }

            if ((TooDeep(root, "variables", limits) ?? TooDeep(root, "extensions", limits)) is { } deep)
            {
                await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, deep).ConfigureAwait(false);
                return;
            }

            request = serializer.ReadNode<GraphQLRequest>(root);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError("The body is not valid JSON for a GraphQL request.") { Code = "INVALID_JSON" }).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(http, executer, serializer, loggers, mediaType, new ExecutionOptions
        {
            Query = request!.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
        }).ConfigureAwait(false);
    }

    private static async Task GetAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, IDocumentBuilder documentBuilder, IOptions<GraphQLLimitsOptions> options, ILoggerFactory loggers)
    {
        var limits = options.Value;
        var query = http.Request.Query["query"].ToString();
        if (string.IsNullOrEmpty(query) && WebPages.WantsHtml(http.Request))
        {
            // A browser opening the endpoint's address: the IDE is what it wants.
            http.Response.Redirect("/graphiql");
            return;
        }

        if (ResponseMediaType(http.Request) is not { } mediaType)
        {
            await WriteStatusAsync(http, StatusCodes.Status406NotAcceptable, $"The endpoint answers {GraphQLResponseJson} or {Json}.").ConfigureAwait(false);
            return;
        }

        if (string.IsNullOrEmpty(query))
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError("The 'query' parameter is missing.") { Code = ErrorCodes.BadUserInput }).ConfigureAwait(false);
            return;
        }

        // Parsed here, once, to refuse mutations before anything runs; the executer gets the tree.
        GraphQLDocument? document = null;
        if (DocumentLimits.CheckText(query, limits) is null)
        {
            try
            {
                document = documentBuilder.Build(query);
            }
            catch (ExecutionError)
            {
                // The executer reports the syntax error with the right status.
            }
            catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
            {
                // Likewise (the executer's limits step turns it into a SYNTAX_ERROR).
            }
        }

        var operationName = NullIfEmpty(http.Request.Query["operationName"]);
        if (document is not null && IsMutation(document, operationName))
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed, new ExecutionError("Mutations are not allowed over GET; use POST.") { Code = "METHOD_NOT_ALLOWED" }).ConfigureAwait(false);
            return;
        }

        Inputs? variables;
        Inputs? extensions;
        try
        {
            variables = ParseObjectParameter(http.Request.Query["variables"], serializer, limits);
            extensions = ParseObjectParameter(http.Request.Query["extensions"], serializer, limits);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError("The 'variables' and 'extensions' parameters must be JSON objects.") { Code = "INVALID_JSON" }).ConfigureAwait(false);
            return;
        }
        catch (ExecutionError deep)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, deep).ConfigureAwait(false);
            return;
        }

        await ExecuteAsync(http, executer, serializer, loggers, mediaType, new ExecutionOptions
        {
            Query = query,
            Document = document,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
        }).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer, ILoggerFactory loggers, string mediaType, ExecutionOptions options)
    {
        options.RequestServices = http.RequestServices;
        options.User = http.User;
        options.CancellationToken = http.RequestAborted;
        options.UserContext = new Dictionary<string, object?> { [GraphPlanGraphQLExtensions.TraceIdKey] = http.TraceIdentifier };
        var idempotencyKey = http.Request.Headers["Idempotency-Key"].ToString();
        if (idempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            await WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError($"The Idempotency-Key header has {idempotencyKey.Length} characters; at most {MaxIdempotencyKeyLength} are allowed.") { Code = ErrorCodes.BadUserInput }).ConfigureAwait(false);
            return;
        }

        if (idempotencyKey.Length > 0)
        {
            options.UserContext[GraphPlanGraphQLExtensions.IdempotencyKey] = idempotencyKey;
        }

        var caching = await GraphQLResponseCaching.BeginAsync(http, options, mediaType).ConfigureAwait(false);
        if (caching.Served)
        {
            return;
        }

        var result = await executer.ExecuteAsync(options).ConfigureAwait(false);

        foreach (var internalError in result.Errors?.OfType<InternalServerError>() ?? [])
        {
            LogInternalError(loggers.CreateLogger(typeof(GraphQLHttpEndpoint)), internalError.InnerException, internalError.TraceId, internalError.Message);
        }

        http.Response.StatusCode = StatusCode(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = $"{ApiKeyOptions.Scheme} header=\"{ApiKeyOptions.Header}\"";
        }

        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await caching.WriteAsync(http, serializer, result).ConfigureAwait(false);
    }

    /// <summary>
    /// Stage-2 status mapping (after 422 for a reused Idempotency-Key): a request error (nothing executed) is 400 for graphql-response+json and 200 for legacy
    /// json; an execution timeout without data is 504 for graphql-response+json; anything executed is 200.
    /// </summary>
    private static int StatusCode(ExecutionResult result, string mediaType)
    {
        // A reused Idempotency-Key is refused whatever the media type: the client must not take it for a success.
        if (result.Errors?.Any(e => e.Code == ErrorCodes.IdempotencyKeyReused) == true)
        {
            return StatusCodes.Status422UnprocessableEntity;
        }

        if (mediaType != GraphQLResponseJson)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Data is null && result.Errors?.Any(e => e.Code == LimitErrorCodes.Timeout) == true)
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        // Not permitted, and nothing else came back: 401 without a usable key, 403 with a key that lacks the role.
        if (result.Data is null && result.Errors is { Count: > 0 } errors)
        {
            if (errors.All(e => e.Code == CuratorAccess.Unauthenticated))
            {
                return StatusCodes.Status401Unauthorized;
            }

            if (errors.All(e => e.Code is CuratorAccess.Unauthenticated or CuratorAccess.Forbidden))
            {
                return StatusCodes.Status403Forbidden;
            }
        }

        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    /// <summary>Reads the whole body, or returns null as soon as it exceeds <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, int maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes;
        }

        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    /// <summary>Why a JSON body is not a well-formed GraphQL-over-HTTP request, or null when it is.</summary>
    private static string? RequestShapeError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "The body must be a JSON object.";
        }

        if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return "The body must have a string 'query'.";
        }

        if (root.TryGetProperty("operationName", out var name) && name.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return "'operationName' must be a string or null.";
        }

        foreach (var map in (ReadOnlySpan<string>)["variables", "extensions"])
        {
            if (root.TryGetProperty(map, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                return $"'{map}' must be a JSON object or null.";
            }
        }

        return null;
    }

    private static ExecutionError? TooDeep(JsonElement root, string property, GraphQLLimitsOptions limits) =>
        root.TryGetProperty(property, out var value) && Depth(value) is var depth && depth > limits.MaxVariablesDepth
            ? LimitErrors.Exceeded(LimitErrorCodes.VariablesTooDeep, $"The nesting of '{property}'", depth, limits.MaxVariablesDepth, nameof(limits.MaxVariablesDepth))
            : null;

    private static int Depth(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 1 + element.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + element.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    private static Inputs? ParseObjectParameter(StringValues parameter, IGraphQLTextSerializer serializer, GraphQLLimitsOptions limits)
    {
        if (NullIfEmpty(parameter) is not { } text)
        {
            return null;
        }

        using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = Math.Max(64, limits.MaxVariablesDepth + 2) });
        if (json.RootElement.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("Not a JSON object.");
        }

        var depth = Depth(json.RootElement);
        return depth > limits.MaxVariablesDepth
            ? throw LimitErrors.Exceeded(LimitErrorCodes.VariablesTooDeep, "The nesting of a JSON parameter", depth, limits.MaxVariablesDepth, nameof(limits.MaxVariablesDepth))
            : serializer.Deserialize<Inputs>(text);
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

    private static bool IsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen?.Operation is OperationType.Mutation or OperationType.Subscription;
    }

    private static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, ExecutionError error)
    {
        http.Response.StatusCode = status;
        // A response that is not a GraphQL result (4xx/5xx before execution) must not claim graphql-response+json... except
        // 400 for a request error, which the Stage-2 text answers in the negotiated type.
        http.Response.ContentType = status == StatusCodes.Status400BadRequest ? $"{mediaType}; charset=utf-8" : $"{Json}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteStatusAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{Json}; charset=utf-8";
        await http.Response.WriteAsJsonAsync(new { message }, http.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in a GraphQL request (traceId {TraceId}): {Message}")]
    private static partial void LogInternalError(ILogger logger, Exception? exception, string traceId, string message);
}
