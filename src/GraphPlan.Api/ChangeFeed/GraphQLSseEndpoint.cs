using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using GraphPlan.GraphQL;
using GraphPlan.GraphQL.Changes;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Limits;
using GraphPlan.GraphQL.TrustedDocuments;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphPlan.Api.ChangeFeed;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol's distinct connections mode: a GraphQL-over-HTTP request
/// (POST with a JSON body, or GET with query parameters) to <c>/graphql/stream</c>, or to <c>/graphql</c> with
/// <c>Accept: text/event-stream</c>, is answered with <c>text/event-stream</c>: each result as <c>event: next</c>
/// (request and validation errors included, so an EventSource can read them), then <c>event: complete</c>. A
/// subscription streams until the client closes the connection, or until it sent nothing for
/// <see cref="ChangeStreamOptions.IdleTimeout"/>; quiet streams get a comment every <see cref="ChangeStreamOptions.KeepAliveInterval"/>.
/// </summary>
public static partial class GraphQLSseEndpoint
{
    public const string Path = "/graphql/stream";
    public const string EventStream = "text/event-stream";

    /// <summary>The code of the last event of a stream whose client fell too far behind.</summary>
    public const string SlowReaderCode = "STREAM_TOO_SLOW";

    /// <summary>Events a slow reader may have pending before its stream is completed (it resumes from its last sequence, so nothing is lost).</summary>
    private const int PendingEvents = 1024;

    /// <summary>Serves streams ahead of the JSON endpoint; goes after authentication (keys are read as for queries), before rate limiting (streams have their own bounds).</summary>
    public static WebApplication UseGraphPlanChangeFeed(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (http, next) =>
        {
            if (IsStreamRequest(http.Request))
            {
                await HandleAsync(http).ConfigureAwait(false);
                return;
            }

            await next(http).ConfigureAwait(false);
        });
        return app;
    }

    public static IServiceCollection AddGraphPlanChangeFeed(this IServiceCollection services)
    {
        services.AddOptions<ChangeStreamOptions>()
            .BindConfiguration(ChangeStreamOptions.Section)
            .Validate(o => o.MaxStreams > 0 && o.MaxStreamsPerClient > 0 && o.IdleTimeout > TimeSpan.Zero && o.KeepAliveInterval > TimeSpan.Zero, "ChangeFeed stream limits must be positive.")
            .ValidateOnStart();
        services.AddOptions<ChangeFeedOptions>()
            .BindConfiguration(ChangeFeedOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.PageSize is > 0 and <= Core.Store.ChangeQuery.MaxLimit, "ChangeFeed:PollInterval must be positive and ChangeFeed:PageSize 1 to 500.")
            .ValidateOnStart();
        services.AddSingleton<StreamSlots>();
        return services;
    }

    private static bool IsStreamRequest(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            return false;
        }

        if (request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase)
            && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
    }

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var streamOptions = services.GetRequiredService<IOptions<ChangeStreamOptions>>().Value;
        var slots = services.GetRequiredService<StreamSlots>();
        var client = http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? $"key:{name}" : $"address:{http.Connection.RemoteIpAddress?.ToString() ?? "local"}";

        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        http.Response.ContentType = $"{EventStream}; charset=utf-8";
        if (!slots.TryEnter(client, streamOptions))
        {
            http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            http.Response.Headers.RetryAfter = "5";
            var who = client.StartsWith("key:", StringComparison.Ordinal) ? "this API key" : "this client address";
            await WriteOneAsync(http, serializer, new ExecutionError($"Too many open streams: at most {streamOptions.MaxStreamsPerClient} for {who} (ChangeFeed:MaxStreamsPerClient) and {streamOptions.MaxStreams} on the server (ChangeFeed:MaxStreams). Close one, or retry later.") { Code = ErrorCodes.TooManyStreams }).ConfigureAwait(false);
            return;
        }

        try
        {
            var (options, refusal) = await ReadRequestAsync(http, services).ConfigureAwait(false);
            if (refusal is not null)
            {
                await WriteOneAsync(http, serializer, refusal).ConfigureAwait(false);
                return;
            }

            options!.RequestServices = services;
            options.User = http.User;
            options.CancellationToken = http.RequestAborted;
            options.UserContext[GraphPlanGraphQLExtensions.TraceIdKey] = http.TraceIdentifier;
            options.UserContext[StreamingExecution.StreamKey] = true;
            var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options).ConfigureAwait(false);
            if (result.Streams is not { Count: > 0 } streams)
            {
                await WriteAsync(http, "next", serializer.Serialize(result)).ConfigureAwait(false);
                await WriteAsync(http, "complete", string.Empty).ConfigureAwait(false);
                return;
            }

            await StreamAsync(http, serializer, streams.Values.First(), streamOptions).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how a subscription ends.
        }
        finally
        {
            slots.Exit(client);
        }
    }

    private static async Task StreamAsync(HttpContext http, IGraphQLTextSerializer serializer, IObservable<ExecutionResult> source, ChangeStreamOptions options)
    {
        var events = Channel.CreateBounded<ExecutionResult?>(new BoundedChannelOptions(PendingEvents) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        using var subscription = source.Subscribe(new ChannelObserver(events.Writer));
        http.Response.StatusCode = StatusCodes.Status200OK;
        await http.Response.StartAsync(http.RequestAborted).ConfigureAwait(false);
        await WriteCommentAsync(http, "stream open").ConfigureAwait(false);
        var lastEvent = DateTimeOffset.UtcNow;
        while (true)
        {
            var quietFor = DateTimeOffset.UtcNow - lastEvent;
            if (quietFor >= options.IdleTimeout)
            {
                break;
            }

            var wait = options.KeepAliveInterval < options.IdleTimeout - quietFor ? options.KeepAliveInterval : options.IdleTimeout - quietFor;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(wait);
            bool ready;
            try
            {
                ready = await events.Reader.WaitToReadAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
            {
                await WriteCommentAsync(http, "keep-alive").ConfigureAwait(false);
                continue;
            }
            catch (SlowReaderException slow)
            {
                await WriteAsync(http, "next", serializer.Serialize(new ExecutionResult { Errors = [new ExecutionError($"{slow.Message} Resume with the last sequence received.") { Code = SlowReaderCode }] })).ConfigureAwait(false);
                break;
            }

            if (!ready)
            {
                break;
            }

            while (events.Reader.TryRead(out var next))
            {
                if (next is not null)
                {
                    await WriteAsync(http, "next", serializer.Serialize(next)).ConfigureAwait(false);
                    lastEvent = DateTimeOffset.UtcNow;
                }
            }
        }

        await WriteAsync(http, "complete", string.Empty).ConfigureAwait(false);
    }

    /// <summary>The execution options of a GraphQL-over-HTTP request, or the error to answer instead.</summary>
    private static async Task<(ExecutionOptions? Options, ExecutionError? Refusal)> ReadRequestAsync(HttpContext http, IServiceProvider services)
    {
        var limits = services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        string? query;
        string? documentId;
        string? operationName;
        Inputs? variables;
        Inputs? extensions;
        try
        {
            if (HttpMethods.IsPost(http.Request.Method))
            {
                if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var contentType) || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
                {
                    return (null, new ExecutionError("POST bodies must be application/json.") { Code = ErrorCodes.BadUserInput });
                }

                if (http.Request.ContentLength > limits.MaxRequestBodyBytes)
                {
                    return (null, LimitErrors.Exceeded(ErrorCodes.RequestTooLarge, "The request body (bytes)", http.Request.ContentLength.Value, limits.MaxRequestBodyBytes, nameof(limits.MaxRequestBodyBytes)));
                }

                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body, http.RequestAborted).ConfigureAwait(false);
                if (body.Length > limits.MaxRequestBodyBytes)
                {
                    return (null, LimitErrors.Exceeded(ErrorCodes.RequestTooLarge, "The request body (bytes)", body.Length, limits.MaxRequestBodyBytes, nameof(limits.MaxRequestBodyBytes)));
                }

                using var json = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = Math.Max(64, limits.MaxVariablesDepth + 2) });
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || (root.TryGetProperty("query", out var text) && text.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                    || (root.TryGetProperty("documentId", out var id) && id.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
                {
                    return (null, new ExecutionError("The body must be a JSON object with a string 'query' or 'documentId'.") { Code = ErrorCodes.BadUserInput });
                }

                documentId = root.TryGetProperty("documentId", out var given) && given.ValueKind == JsonValueKind.String ? given.GetString() : null;
                var request = serializer.ReadNode<GraphQLRequest>(root)!;
                (query, operationName, variables, extensions) = (request.Query, request.OperationName, request.Variables, request.Extensions);
            }
            else
            {
                query = http.Request.Query["query"].ToString();
                documentId = http.Request.Query["documentId"].ToString();
                operationName = http.Request.Query["operationName"] is { Count: > 0 } name && name.ToString().Length > 0 ? name.ToString() : null;
                variables = ObjectParameter(http.Request.Query["variables"].ToString(), serializer);
                extensions = ObjectParameter(http.Request.Query["extensions"].ToString(), serializer);
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return (null, new ExecutionError("The request is not valid JSON for a GraphQL request.") { Code = "INVALID_JSON" });
        }

        // The same documents run here as at /graphql: by id or hash, and only trusted ones when TrustedDocuments:Only is set.
        var documents = services.GetRequiredService<PersistedDocumentStore>();
        var resolved = PersistedDocumentRequest.Resolve(documents, query, documentId, extensions);
        if (resolved.Refusal is { } refused)
        {
            return (null, refused);
        }

        query = resolved.Query;
        var options = new ExecutionOptions { Query = query, OperationName = operationName, Variables = variables, Extensions = extensions };
        if (resolved.Trusted && documents.Options.Only)
        {
            options.UserContext[GraphPlanGraphQLExtensions.TrustedDocumentKey] = true;
        }

        if (HttpMethods.IsGet(http.Request.Method) && DocumentLimits.CheckText(query, limits) is null)
        {
            // GET must not change anything: mutations are refused before they run.
            try
            {
                var document = services.GetRequiredService<IDocumentBuilder>().Build(query);
                if (StreamingExecution.Operation(document, operationName)?.Operation == OperationType.Mutation)
                {
                    return (null, new ExecutionError("Mutations are not allowed over GET; use POST.") { Code = "METHOD_NOT_ALLOWED" });
                }

                options.Document = document;
            }
            catch (Exception ex) when (ex is ExecutionError or GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
            {
                // The executer reports the syntax error.
            }
        }

        return (options, null);
    }

    private static Inputs? ObjectParameter(string text, IGraphQLTextSerializer serializer)
    {
        if (text.Length == 0)
        {
            return null;
        }

        using var json = JsonDocument.Parse(text);
        return json.RootElement.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => serializer.Deserialize<Inputs>(text),
            _ => throw new JsonException("Not a JSON object."),
        };
    }

    private static async Task WriteOneAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionError error)
    {
        await WriteAsync(http, "next", serializer.Serialize(new ExecutionResult { Errors = [error] })).ConfigureAwait(false);
        await WriteAsync(http, "complete", string.Empty).ConfigureAwait(false);
    }

    /// <summary>One SSE message; the JSON is a single line (System.Text.Json escapes line breaks in strings).</summary>
    private static async Task WriteAsync(HttpContext http, string name, string data)
    {
        var message = new StringBuilder().Append("event: ").Append(name).Append('\n').Append("data: ").Append(data).Append("\n\n").ToString();
        await http.Response.WriteAsync(message, Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteCommentAsync(HttpContext http, string comment)
    {
        await http.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $": {comment}\n\n"), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
        await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Hands results to the writing loop in order; an error becomes a last <c>next</c> with it, completion a null.
    /// A reader <see cref="PendingEvents"/> behind is told so and its stream completed, instead of the server buffering
    /// without bound: it resumes from the last sequence it received and misses nothing.
    /// </summary>
    private sealed class ChannelObserver(ChannelWriter<ExecutionResult?> writer) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (!writer.TryWrite(value))
            {
                writer.TryComplete(new SlowReaderException());
            }
        }

        public void OnError(Exception error)
        {
            writer.TryWrite(new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError("The stream failed; resume with the last sequence received.") { Code = ErrorCodes.Internal }] });
            writer.TryComplete();
        }

        public void OnCompleted() => writer.TryComplete();
    }

    private sealed class SlowReaderException : Exception
    {
        public SlowReaderException()
            : base("The client read too slowly.")
        {
        }
    }
}
