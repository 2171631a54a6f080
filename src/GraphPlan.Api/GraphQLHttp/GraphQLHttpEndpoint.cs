using System.Text.Json;
using GraphPlan.Api.Pages;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Limits;
using GraphPlan.GraphQL.Requests;
using GraphPlan.GraphQL.Responses;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using static GraphPlan.Api.GraphQLHttp.GraphQLMediaTypes;

namespace GraphPlan.Api.GraphQLHttp;

/// <summary>
/// GraphQL over HTTP (the Stage-2 text the graphql-http audit checks): POST with a UTF-8 JSON body, GET with query
/// parameters (queries only: <see cref="QueriesOnlyOverGetRule"/>, 405 with <c>Allow: POST</c> for mutations); either
/// names a persisted document instead of sending it (<c>documentId</c>, or Apollo's <c>extensions.persistedQuery</c>). The
/// media types are <see cref="GraphQLMediaTypes"/>; the body is read within
/// <see cref="GraphQLLimitsOptions.MaxRequestBodyBytes"/> (413) by <see cref="GraphQLRequestReader"/>; the result is run
/// by <see cref="GraphQLExecution"/> and its status chosen by <see cref="GraphQLResponseWriter"/>.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static IEndpointRouteBuilder MapGraphPlanGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapPost(pattern, PostAsync);
        endpoints.MapGet(pattern, GetAsync);
        endpoints.MapMethods(pattern, [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], async http =>
        {
            http.Response.Headers.Allow = "GET, POST";
            await GraphQLResponseWriter.WriteStatusAsync(http, StatusCodes.Status405MethodNotAllowed, "Use GET (queries) or POST.").ConfigureAwait(false);
        });
        return endpoints;
    }

    private static async Task PostAsync(HttpContext http, IDocumentExecuter<ISchema> executer, GraphPlanSerializer serializer, IOptions<GraphQLLimitsOptions> options, ILoggerFactory loggers)
    {
        var limits = options.Value;
        if (ResponseMediaType(http.Request) is not { } mediaType)
        {
            await GraphQLResponseWriter.WriteStatusAsync(http, StatusCodes.Status406NotAcceptable, $"The endpoint answers {GraphQLResponseJson} or {Json}.").ConfigureAwait(false);
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            await GraphQLResponseWriter.WriteStatusAsync(http, StatusCodes.Status415UnsupportedMediaType, $"POST bodies must be {Json} in UTF-8.").ConfigureAwait(false);
            return;
        }

        if (await GraphQLRequestReader.ReadBodyAsync(http, limits.MaxRequestBodyBytes).ConfigureAwait(false) is not { } body)
        {
            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status413PayloadTooLarge, LimitErrors.Exceeded(ErrorCodes.RequestTooLarge, "The request body (bytes)", http.Request.ContentLength ?? limits.MaxRequestBodyBytes + 1L, limits.MaxRequestBodyBytes, nameof(limits.MaxRequestBodyBytes))).ConfigureAwait(false);
            return;
        }

        GraphQLRequest? request;
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = Math.Max(64, limits.MaxVariablesDepth + 2) });
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                // No batching: one operation per request.
                await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError("Batched requests (a JSON array) are not supported: send one operation per request.") { Code = ErrorCodes.BatchingNotSupported }).ConfigureAwait(false);
                return;
            }

            if (GraphQLRequestReader.RequestShapeError(root) is { } shapeError)
            {
                await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError(shapeError) { Code = ErrorCodes.BadUserInput }).ConfigureAwait(false);
                return;
            }

            if ((GraphQLRequestReader.TooDeep(root, "variables", limits) ?? GraphQLRequestReader.TooDeep(root, "extensions", limits)) is { } deep)
            {
                await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, deep).ConfigureAwait(false);
                return;
            }

            request = serializer.ReadNode<GraphQLRequest>(root);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError("The body is not valid JSON for a GraphQL request.") { Code = ErrorCodes.InvalidJson }).ConfigureAwait(false);
            return;
        }

        await GraphQLExecution.ExecuteAsync(http, executer, serializer, loggers, mediaType, request!.Query, request.DocumentId, new ExecutionOptions
        {
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
        }).ConfigureAwait(false);
    }

    private static async Task GetAsync(HttpContext http, IDocumentExecuter<ISchema> executer, GraphPlanSerializer serializer, IOptions<GraphQLLimitsOptions> options, ILoggerFactory loggers)
    {
        var limits = options.Value;
        var query = http.Request.Query["query"].ToString();
        var documentId = http.Request.Query["documentId"].ToString();
        if (string.IsNullOrEmpty(query) && string.IsNullOrEmpty(documentId) && WebPages.WantsHtml(http.Request))
        {
            // A browser opening the endpoint's address: the IDE is what it wants.
            http.Response.Redirect("/graphiql");
            return;
        }

        if (ResponseMediaType(http.Request) is not { } mediaType)
        {
            await GraphQLResponseWriter.WriteStatusAsync(http, StatusCodes.Status406NotAcceptable, $"The endpoint answers {GraphQLResponseJson} or {Json}.").ConfigureAwait(false);
            return;
        }

        Inputs? variables;
        Inputs? extensions;
        try
        {
            variables = GraphQLRequestReader.ParseObjectParameter(http.Request.Query["variables"], serializer, limits);
            extensions = GraphQLRequestReader.ParseObjectParameter(http.Request.Query["extensions"], serializer, limits);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError("The 'variables' and 'extensions' parameters must be JSON objects.") { Code = ErrorCodes.InvalidJson }).ConfigureAwait(false);
            return;
        }
        catch (ExecutionError deep)
        {
            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, deep).ConfigureAwait(false);
            return;
        }

        if (string.IsNullOrEmpty(query) && string.IsNullOrEmpty(documentId) && extensions?.ContainsKey("persistedQuery") != true)
        {
            await GraphQLResponseWriter.WriteErrorAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, new ExecutionError("The 'query' parameter is missing.") { Code = ErrorCodes.BadUserInput }).ConfigureAwait(false);
            return;
        }

        await GraphQLExecution.ExecuteAsync(http, executer, serializer, loggers, mediaType, query, documentId, new ExecutionOptions
        {
            OperationName = GraphQLRequestReader.NullIfEmpty(http.Request.Query["operationName"]),
            Variables = variables,
            Extensions = extensions,
            // GET may only read: a mutation is refused by validation, before anything runs (405).
            ValidationRules = DocumentValidator.CoreRules.Append(QueriesOnlyOverGetRule.Instance),
        }).ConfigureAwait(false);
    }
}
