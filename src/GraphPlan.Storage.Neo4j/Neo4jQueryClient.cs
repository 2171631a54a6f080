using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphPlan.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GraphPlan.Storage.Neo4j;

/// <summary>
/// A small client for Neo4j's Query API (<c>POST {uri}/db/{database}/query/v2</c>): one statement per request,
/// Basic auth, plain JSON. Every response is checked for an <c>errors</c> array whatever its status (errors met
/// while streaming come inside a 202). Transient failures are retried by a Polly pipeline (writes only when safe);
/// client errors never are.
/// </summary>
public sealed partial class Neo4jQueryClient
{
    private static readonly MediaTypeWithQualityHeaderValue _json = new("application/json");
    private static readonly JsonSerializerOptions _parameterJson = new() { WriteIndented = false };

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly AuthenticationHeaderValue _authorization;
    private readonly ResiliencePipeline _pipeline;
    private readonly ResiliencePipeline _writePipeline;
    private readonly ILogger _logger;

    public Neo4jQueryClient(HttpClient http, IOptions<Neo4jOptions> options, ILogger<Neo4jQueryClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _ = _options.RequiredUri;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Username}:{_options.Password}")));
        _pipeline = CreatePipeline(_options, _logger);
        _writePipeline = CreatePipeline(_options, _logger, onlyUnapplied: true);
    }

    public Neo4jOptions Options => _options;

    /// <summary>
    /// Runs one statement under <see cref="Neo4jOptions.Timeout"/>, retrying transient failures (a write only when
    /// that is provably safe); throws a <see cref="Neo4jException"/> (or a <see cref="Core.Store.GraphValidationException"/> for a constraint violation).
    /// </summary>
    public Task<Neo4jResult> RunAsync(CypherQuery query, Neo4jAccessMode mode, CancellationToken cancellationToken = default) =>
        RunAsync(query, mode, _options.Timeout, cancellationToken);

    /// <summary>Runs one statement with its own per-attempt timeout (schema setup waits longer than a query may).</summary>
    public async Task<Neo4jResult> RunAsync(CypherQuery query, Neo4jAccessMode mode, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pipeline = mode == Neo4jAccessMode.Read || query.Idempotent ? _pipeline : _writePipeline;
        return await pipeline.ExecuteAsync(
            static (state, token) => new ValueTask<Neo4jResult>(state.Client.AttemptAsync(state.Query, state.Mode, state.Timeout, token)),
            (Client: this, Query: query, Mode: mode, Timeout: timeout),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One <c>RETURN 1</c>, no retries: throws one clear <see cref="Neo4jException"/> when the server is unreachable or refuses the credentials.</summary>
    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            await SendOnceAsync(CypherStatements.Ping(), Neo4jAccessMode.Read, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Neo4jErrors.TimedOut(_options, _options.Timeout, e);
        }
    }

    /// <summary>
    /// Retries a failure that left the server unavailable. For reads and idempotent writes any such failure will do;
    /// for other writes only one that cannot have been applied (<paramref name="onlyUnapplied"/>), since a timeout
    /// or a dropped answer may hide a committed write that a retry would apply twice.
    /// </summary>
    internal static ResiliencePipeline CreatePipeline(Neo4jOptions options, ILogger logger, bool onlyUnapplied = false)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.RetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jUnavailableException>(e => !onlyUnapplied || e.NotApplied),
                MaxRetryAttempts = options.RetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = options.RetryDelay > TimeSpan.Zero,
                OnRetry = args =>
                {
                    LogRetry(logger, args.AttemptNumber + 1, options.RetryAttempts, args.RetryDelay, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>One attempt, cancelled after <paramref name="timeout"/>; a timeout is reported as unavailability whose outcome is unknown.</summary>
    private async Task<Neo4jResult> AttemptAsync(CypherQuery query, Neo4jAccessMode mode, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // One span per HTTP request, named by the catalogued statement; its parameters are never recorded.
        using var activity = GraphPlanTelemetry.Source.StartActivity($"neo4j {query.Name}", System.Diagnostics.ActivityKind.Client);
        activity?.SetTag("db.system.name", "neo4j");
        activity?.SetTag("db.operation.name", query.Name);
        activity?.SetTag("graphplan.neo4j.access_mode", mode.ToString());
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var bounded = timeout > TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan;
        if (bounded)
        {
            attempt.CancelAfter(timeout);
        }

        try
        {
            return await SendOnceAsync(query, mode, attempt.Token, bounded ? timeout : null).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "timeout");
            throw Neo4jErrors.TimedOut(_options, timeout, e);
        }
        catch (Exception e) when (activity is not null)
        {
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }

    internal async Task<Neo4jResult> SendOnceAsync(CypherQuery query, Neo4jAccessMode mode, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.QueryEndpoint)
        {
            Content = new ByteArrayContent(Body(query, mode, timeout ?? _options.Timeout)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.Add(_json);
        request.Headers.Authorization = _authorization;

        string body;
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw Neo4jErrors.Unreachable(_options, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Neo4jErrors.TimedOut(_options, timeout ?? _options.Timeout, e);
        }

        using (response)
        {
            return Read(query, response, body);
        }
    }

    private Neo4jResult Read(CypherQuery query, HttpResponseMessage response, string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
        }
        catch (JsonException) when (!response.IsSuccessStatusCode)
        {
            throw Neo4jErrors.FromStatus(response.StatusCode, body, _options);
        }
        catch (JsonException e)
        {
            throw new Neo4jException($"Neo4j answered HTTP {(int)response.StatusCode} with a body that is not JSON", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array
                && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                var message = string.Join(" | ", errors.EnumerateArray().Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : null).OfType<string>());
                throw Neo4jErrors.FromCode(code, message, query, _options);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Neo4jErrors.FromStatus(response.StatusCode, body, _options);
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data))
            {
                return new Neo4jResult([], []);
            }

            var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
            var index = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
            var records = data.GetProperty("values").EnumerateArray()
                .Select(row => new Neo4jRecord(index, row.EnumerateArray().Select(v => v.Clone()).ToArray()))
                .ToList();
            return new Neo4jResult(fields, records);
        }
    }

    private byte[] Body(CypherQuery query, Neo4jAccessMode mode, TimeSpan timeout)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", query.Text);
            writer.WritePropertyName("parameters");
            JsonSerializer.Serialize(writer, query.Parameters, _parameterJson);
            writer.WriteString("accessMode", mode == Neo4jAccessMode.Read ? "Read" : "Write");
            if (_options.SendMaxExecutionTime && timeout > TimeSpan.Zero && timeout != System.Threading.Timeout.InfiniteTimeSpan)
            {
                writer.WriteNumber("maxExecutionTime", (int)Math.Ceiling(timeout.TotalSeconds));
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j request failed transiently; retry {Attempt} of {Attempts} in {Delay}: {Reason}")]
    private static partial void LogRetry(ILogger logger, int attempt, int attempts, TimeSpan delay, string? reason);
}
