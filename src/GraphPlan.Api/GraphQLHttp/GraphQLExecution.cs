using GraphPlan.Api.Caching;
using GraphPlan.Api.Security;
using GraphPlan.GraphQL;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Responses;
using GraphPlan.GraphQL.TrustedDocuments;
using GraphQL;
using GraphQL.Types;

namespace GraphPlan.Api.GraphQLHttp;

/// <summary>Runs a parsed request: the caller, trace id and Idempotency-Key go to the executer; internal errors are logged; the result is written with its status.</summary>
public static partial class GraphQLExecution
{
    /// <summary>Longer Idempotency-Key headers are refused.</summary>
    public const int MaxIdempotencyKeyLength = 200;

    /// <summary>Runs the document sent (<paramref name="query"/>) or named (<paramref name="documentId"/>, <c>extensions.persistedQuery</c>).</summary>
    public static async Task ExecuteAsync(HttpContext http, IDocumentExecuter<ISchema> executer, GraphPlanSerializer serializer, ILoggerFactory loggers, string mediaType, string? query, string? documentId, ExecutionOptions options)
    {
        var documents = http.RequestServices.GetRequiredService<PersistedDocumentStore>();
        var document = PersistedDocumentRequest.Resolve(documents, query, documentId, options.Extensions);
        if (document.Refusal is { } refused)
        {
            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, refused).ConfigureAwait(false);
            return;
        }

        options.Query = document.Query;
        options.RequestServices = http.RequestServices;
        options.User = http.User;
        options.CancellationToken = http.RequestAborted;
        options.UserContext = new Dictionary<string, object?> { [GraphPlanGraphQLExtensions.TraceIdKey] = http.TraceIdentifier };
        var idempotencyKey = http.Request.Headers["Idempotency-Key"].ToString();
        if (idempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError($"The Idempotency-Key header has {idempotencyKey.Length} characters; at most {MaxIdempotencyKeyLength} are allowed.") { Code = ErrorCodes.BadUserInput }).ConfigureAwait(false);
            return;
        }

        if (idempotencyKey.Length > 0)
        {
            options.UserContext[GraphPlanGraphQLExtensions.IdempotencyKey] = idempotencyKey;
        }

        if (document.Trusted && documents.Options.Only)
        {
            options.UserContext[GraphPlanGraphQLExtensions.TrustedDocumentKey] = true;
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

        if (result.Errors?.FirstOrDefault(e => e.Code == ErrorCodes.MethodNotAllowed) is { } notAllowed)
        {
            // A mutation by GET: the method is wrong whatever else the document has, so this is the one answer.
            http.Response.Headers.Allow = HttpMethods.Post;
            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status405MethodNotAllowed, notAllowed).ConfigureAwait(false);
            return;
        }

        http.Response.StatusCode = GraphQLResponseWriter.StatusCode(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = $"{ApiKeyOptions.Scheme} header=\"{ApiKeyOptions.Header}\"";
        }

        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await caching.WriteAsync(http, serializer, result).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in a GraphQL request (traceId {TraceId}): {Message}")]
    private static partial void LogInternalError(ILogger logger, Exception? exception, string traceId, string message);
}
