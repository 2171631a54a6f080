using System.Collections.Concurrent;
using System.Text.Json;
using GraphPlan.Api.Security;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Responses;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphPlan.Api.Caching;

/// <summary>
/// One GraphQL request's passage through the response cache and HTTP caching. <see cref="BeginAsync"/> answers from
/// the cache (200 with the stored bytes) or with 304 (a GET whose <c>If-None-Match</c> holds the current ETag) when it
/// can; otherwise the endpoint executes and <see cref="WriteAsync"/> writes the result in one buffer with its
/// Content-Length, keeps it when it is a successful query, and gives GET answers their ETag and Cache-Control.
/// </summary>
public sealed class GraphQLResponseCaching
{
    public const string CacheHeader = "X-GraphPlan-Cache";

    // Reused serialization buffers (with their JSON writers): most answers are a few KB to a few hundred KB.
    private static readonly ConcurrentBag<ResponseBuffer> _buffers = [];
    private const int MaxPooledBuffers = 32;
    private const int MaxPooledBufferBytes = 1024 * 1024;

    private readonly GraphQLResponseCache? _cache;
    private readonly ResponseCacheOptions? _options;
    private readonly GraphQLRequestKey? _key;

    private GraphQLResponseCaching(GraphQLResponseCache? cache, ResponseCacheOptions? options, GraphQLRequestKey? key)
    {
        _cache = cache;
        _options = options;
        _key = key;
    }

    /// <summary>True when the answer was already written (a cache hit or a 304): the endpoint executes nothing.</summary>
    public bool Served { get; private set; }

    public static async Task<GraphQLResponseCaching> BeginAsync(HttpContext http, ExecutionOptions request, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(request);
        var cache = http.RequestServices.GetService<GraphQLResponseCache>();
        var options = http.RequestServices.GetService<IOptions<ResponseCacheOptions>>()?.Value;
        var get = HttpMethods.IsGet(http.Request.Method);
        var store = http.RequestServices.GetService<IGraphStore>();
        if (cache is null || options is null || store is null || (!cache.Enabled && !get) || http.Request.Headers.ContainsKey("Idempotency-Key")
            || !TryJson(request.Variables, out var variables) || !TryJson(request.Extensions, out var extensions))
        {
            return new GraphQLResponseCaching(null, null, null);
        }

        var version = await store.GetGraphVersionAsync(http.RequestAborted).ConfigureAwait(false);
        var key = GraphQLRequestKey.For(version, http.User, mediaType, request.Query, request.OperationName, variables, extensions);
        var caching = new GraphQLResponseCaching(cache, options, key);
        if (get && http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } tags)
        {
            var etag = key.ETag();
            if (tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false)))
            {
                caching.CacheHeaders(http, etag);
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                caching.Served = true;
                return caching;
            }
        }

        if (cache.Enabled && cache.TryGet(key, out var cached))
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = cached!.ContentType;
            http.Response.ContentLength = cached.Body.Length;
            http.Response.Headers[CacheHeader] = "hit";
            if (get)
            {
                caching.CacheHeaders(http, key.ETag());
            }
            else
            {
                http.Response.Headers.CacheControl = "no-store";
            }

            await http.Response.Body.WriteAsync(cached.Body, http.RequestAborted).ConfigureAwait(false);
            caching.Served = true;
        }

        return caching;
    }

    /// <summary>Writes the executed result (status and content type already set by the endpoint).</summary>
    public async Task WriteAsync(HttpContext http, GraphPlanSerializer serializer, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(result);
        var buffer = _buffers.TryTake(out var pooled) ? pooled : new ResponseBuffer(serializer.WriterOptions);
        try
        {
            var body = buffer.Serialize(serializer, result);
            var cacheable = _key is not null && http.Response.StatusCode == StatusCodes.Status200OK && result.Executed && result.Data is not null
                && result.Errors is not { Count: > 0 } && result.Operation?.Operation == OperationType.Query;
            if (cacheable && _cache!.Enabled)
            {
                http.Response.Headers[CacheHeader] = "miss";
                if (body.Length <= _options!.MaxEntryBytes)
                {
                    _cache.Add(_key!, new CachedResponse(body.ToArray(), http.Response.ContentType ?? "application/json; charset=utf-8"));
                }
            }

            if (cacheable && HttpMethods.IsGet(http.Request.Method))
            {
                CacheHeaders(http, _key!.ETag());
            }

            http.Response.ContentLength = body.Length;
            await http.Response.Body.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            if (buffer.Capacity <= MaxPooledBufferBytes && _buffers.Count < MaxPooledBuffers)
            {
                buffer.Clear();
                _buffers.Add(buffer);
            }
            else
            {
                buffer.Dispose();
            }
        }
    }

    private void CacheHeaders(HttpContext http, string etag)
    {
        http.Response.Headers.ETag = etag;
        var authenticated = http.User.Identity?.IsAuthenticated == true;
        var control = _options!.CacheControl;
        http.Response.Headers.CacheControl = authenticated && !control.Contains("private", StringComparison.OrdinalIgnoreCase) && !control.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            ? "private, " + control
            : control;
        http.Response.Headers.Vary = $"Accept, {ApiKeyOptions.Header}";
    }

    private static bool TryJson(Inputs? inputs, out string? json)
    {
        json = null;
        if (inputs is null || inputs.Count == 0)
        {
            return true;
        }

        try
        {
            json = JsonSerializer.Serialize<IReadOnlyDictionary<string, object?>>(inputs);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
