using System.Collections.Concurrent;
using System.Diagnostics;
using GraphPlan.Core.Store;
using GraphPlan.Core.Telemetry;
using GraphPlan.GraphQL.Changes;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Limits;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Responses;
using GraphPlan.GraphQL.Schema;
using GraphPlan.GraphQL.Telemetry;
using GraphPlan.GraphQL.TrustedDocuments;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphPlan.GraphQL;

public static class GraphPlanGraphQLExtensions
{
    /// <summary>Key of <see cref="ExecutionOptions.UserContext"/> under which a host passes its request trace id.</summary>
    public const string TraceIdKey = "traceId";

    /// <summary>Key of <see cref="ExecutionOptions.UserContext"/> under which a host passes the request's Idempotency-Key.</summary>
    public const string IdempotencyKey = "idempotencyKey";

    /// <summary>
    /// Key of <see cref="ExecutionOptions.UserContext"/> a host sets to <c>true</c> for a trusted document when only trusted
    /// documents run: the document limits are then skipped (the cost is still estimated and reported).
    /// </summary>
    public const string TrustedDocumentKey = "trustedDocument";

    /// <summary>
    /// The one registration of GraphPlan's GraphQL schema and execution, shared by the API host, the CLI and the tests.
    /// An <see cref="IGraphStore"/> must be registered separately.
    /// </summary>
    public static IServiceCollection AddGraphPlanGraphQL(this IServiceCollection services)
    {
        services.AddScoped<RelatedLoader>();
        services.AddSingleton<ChangeSignal>();
        services.AddOptions<ChangeFeedOptions>();
        // Hardening: limits, error masking and the introspection switch; the API host binds both from configuration.
        services.AddOptions<GraphQLLimitsOptions>();
        services.AddOptions<GraphQLSecurityOptions>();
        // Persisted documents: GraphPlan's own manifest (schema/queries/, embedded); a host may register a larger one.
        services.AddOptions<TrustedDocumentsOptions>();
        services.TryAddSingleton(_ => TrustedDocumentManifest.Embedded());
        services.TryAddSingleton<PersistedDocumentStore>();
        // Also by its own type: the HTTP endpoint writes answers with its buffer writer.
        services.AddSingleton<GraphPlanSerializer>();
        services.AddGraphQL(builder => builder
            .AddSchema<GraphPlanSchema>()
            .AddGraphTypes(typeof(GraphPlanSchema).Assembly)
            .AddSerializer(provider => provider.GetRequiredService<GraphPlanSerializer>())
            .AddErrorInfoProvider<GraphPlanErrorInfoProvider>()
            .AddExecutionStrategy<RecordExecutionStrategy>(OperationType.Query)
            .ConfigureExecution<OperationTelemetry>()
            .ConfigureExecution(new DocumentCache())
            .ConfigureExecution<GraphQLLimitsExecution>()
            .ConfigureExecution<StreamingExecution>()
            .ConfigureExecutionOptions(options => options.UnhandledExceptionDelegate = context =>
            {
                context.Exception = context.OriginalException switch
                {
                    EntityNotFoundException missing => GraphPlanErrors.NotFound(missing.Id),
                    GraphValidationException invalid => new ExecutionError(invalid.Message) { Code = ErrorCodes.ValidationFailed },
                    VersionConflictException conflict => new ExecutionError(conflict.Message) { Code = ErrorCodes.VersionConflict },
                    IdempotencyKeyReusedException reused => new ExecutionError(reused.Message) { Code = ErrorCodes.IdempotencyKeyReused },
                    _ => new InternalServerError(
                        context.FieldContext is { } field ? $"Error trying to resolve field '{field.FieldDefinition.Name}'." : "Internal server error.",
                        context.ExecutionOptions.UserContext.TryGetValue(TraceIdKey, out var traceId) && traceId is string id ? id : Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N"),
                        context.OriginalException)
                    { Code = ErrorCodes.Internal },
                };
                return Task.CompletedTask;
            }));
        return services;
    }

    /// <summary>
    /// Parsed documents by query text, so a repeated document skips parsing and the specification's validation rules.
    /// Those rules depend only on the document and the schema, and a document is cached only once it passed them
    /// (the result executed). Every other validation rule (limits, custom rules, rules that read variables) runs again
    /// on a cached document: whatever is in <see cref="ExecutionOptions.ValidationRules"/> beyond
    /// <see cref="DocumentValidator.CoreRules"/>, plus <see cref="ExecutionOptions.CachedDocumentValidationRules"/>.
    /// Bounded by <see cref="Capacity"/> documents (oldest out first) of at most <see cref="MaxQueryLength"/> characters.
    /// GraphQL.NET's own cache lives in the GraphQL.MemoryCache package, which this machine's package mirror does not serve.
    /// </summary>
    private sealed class DocumentCache : IConfigureExecution
    {
        public const int Capacity = 1000;
        public const int MaxQueryLength = 32 * 1024;

        private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<string> _arrivals = new();

        /// <summary>After the options are configured (rules added), before execution; as GraphQL.NET's own cache.</summary>
        public float SortOrder => 200;

        public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            if (options.Document is not null || options.Query is not { Length: > 0 and <= MaxQueryLength } query)
            {
                return await next(options).ConfigureAwait(false);
            }

            var hit = _documents.TryGetValue(query, out var document);
            if (hit)
            {
                GraphPlanTelemetry.CacheHits.Add(1, new KeyValuePair<string, object?>("cache", "document"));
                options.Document = document;
                options.ValidationRules = RulesForCachedDocument(options);
            }

            var result = await next(options).ConfigureAwait(false);
            if (!hit && result.Executed && result.Document is not null && _documents.TryAdd(query, result.Document))
            {
                _arrivals.Enqueue(query);
                while (_documents.Count > Capacity && _arrivals.TryDequeue(out var oldest))
                {
                    _documents.TryRemove(oldest, out _);
                }
            }

            return result;
        }

        private static List<IValidationRule> RulesForCachedDocument(ExecutionOptions options)
        {
            var rules = new List<IValidationRule>();
            foreach (var rule in (options.ValidationRules ?? []).Concat(options.CachedDocumentValidationRules ?? []))
            {
                if (!DocumentValidator.CoreRules.Contains(rule) && !rules.Contains(rule))
                {
                    rules.Add(rule);
                }
            }

            return rules;
        }
    }
}
