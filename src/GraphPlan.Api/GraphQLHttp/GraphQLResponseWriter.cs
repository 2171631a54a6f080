using GraphPlan.GraphQL.Errors;
using GraphQL;
using static GraphPlan.Api.GraphQLHttp.GraphQLMediaTypes;

namespace GraphPlan.Api.GraphQLHttp;

/// <summary>Status codes and bodies of the endpoint's answers: the Stage-2 mapping of a GraphQL result, and the errors refused before execution.</summary>
public static class GraphQLResponseWriter
{
    /// <summary>
    /// Stage-2 status mapping (after 422 for a reused Idempotency-Key): a request error (nothing executed) is 400 for graphql-response+json and 200 for legacy
    /// json; an execution timeout without data is 504 for graphql-response+json; anything executed is 200.
    /// </summary>
    public static int StatusCode(ExecutionResult result, string mediaType)
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

        if (result.Data is null && result.Errors?.Any(e => e.Code == ErrorCodes.Timeout) == true)
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        // Not permitted, and nothing else came back: 401 without a usable key, 403 with a key that lacks the role.
        if (result.Data is null && result.Errors is { Count: > 0 } errors)
        {
            if (errors.All(e => e.Code == ErrorCodes.Unauthenticated))
            {
                return StatusCodes.Status401Unauthorized;
            }

            if (errors.All(e => e.Code is ErrorCodes.Unauthenticated or ErrorCodes.Forbidden))
            {
                return StatusCodes.Status403Forbidden;
            }
        }

        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    public static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, ExecutionError error)
    {
        http.Response.StatusCode = status;
        // A response that is not a GraphQL result (4xx/5xx before execution) must not claim graphql-response+json... except
        // 400 for a request error, which the Stage-2 text answers in the negotiated type.
        http.Response.ContentType = status == StatusCodes.Status400BadRequest ? $"{mediaType}; charset=utf-8" : $"{Json}; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, http.RequestAborted).ConfigureAwait(false);
    }

    public static async Task WriteStatusAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{Json}; charset=utf-8";
        await http.Response.WriteAsJsonAsync(new { message }, http.RequestAborted).ConfigureAwait(false);
    }
}
