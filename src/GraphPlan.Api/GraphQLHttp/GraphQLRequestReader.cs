using System.Text.Json;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Limits;
using GraphQL;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace GraphPlan.Api.GraphQLHttp;

/// <summary>Reads a GraphQL-over-HTTP request: the POST body within its size limit, its JSON shape, and GET's JSON parameters within the nesting limit.</summary>
public static class GraphQLRequestReader
{
    /// <summary>Reads the whole body, or returns null as soon as it exceeds <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpContext http, int maxBytes)
    {
        if (http.Request.ContentLength > maxBytes)
        {
            return null;
        }

        // Buffered whole by the client limits: handed on without a second copy.
        if (http.Request.Body is MemoryStream { Position: 0 } buffered && buffered.TryGetBuffer(out var whole))
        {
            return whole.Count > maxBytes ? null : whole.Offset == 0 && whole.Count == whole.Array!.Length ? whole.Array : whole.ToArray();
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
    public static string? RequestShapeError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "The body must be a JSON object.";
        }

        var hasQuery = root.TryGetProperty("query", out var query) && query.ValueKind != JsonValueKind.Null;
        var hasDocumentId = root.TryGetProperty("documentId", out var documentId) && documentId.ValueKind != JsonValueKind.Null;
        if ((hasQuery && query.ValueKind != JsonValueKind.String) || (hasDocumentId && documentId.ValueKind != JsonValueKind.String))
        {
            return "'query' and 'documentId' must be strings.";
        }

        // A persisted document is named instead of sent: by its id, or by Apollo's extensions.persistedQuery.
        var hasPersistedQuery = root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object && extensions.TryGetProperty("persistedQuery", out _);
        if (!hasQuery && !hasDocumentId && !hasPersistedQuery)
        {
            return "The body must have a string 'query' (or a 'documentId').";
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

    public static ExecutionError? TooDeep(JsonElement root, string property, GraphQLLimitsOptions limits) =>
        root.TryGetProperty(property, out var value) && Depth(value) is var depth && depth > limits.MaxVariablesDepth
            ? LimitErrors.Exceeded(ErrorCodes.VariablesTooDeep, $"The nesting of '{property}'", depth, limits.MaxVariablesDepth, nameof(limits.MaxVariablesDepth))
            : null;

    public static int Depth(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 1 + element.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => 1 + element.EnumerateArray().Select(Depth).DefaultIfEmpty(0).Max(),
        _ => 0,
    };

    public static Inputs? ParseObjectParameter(StringValues parameter, IGraphQLTextSerializer serializer, GraphQLLimitsOptions limits)
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
            ? throw LimitErrors.Exceeded(ErrorCodes.VariablesTooDeep, "The nesting of a JSON parameter", depth, limits.MaxVariablesDepth, nameof(limits.MaxVariablesDepth))
            : serializer.Deserialize<Inputs>(text);
    }

    public static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();
}
