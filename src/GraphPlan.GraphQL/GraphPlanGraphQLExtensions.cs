using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Encodings.Web;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Limits;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Schema;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.GraphQL;

public static class GraphPlanGraphQLExtensions
{
    /// <summary>Key of <see cref="ExecutionOptions.UserContext"/> under which a host passes its request trace id.</summary>
    public const string TraceIdKey = "traceId";

    /// <summary>Key of <see cref="ExecutionOptions.UserContext"/> under which a host passes the request's Idempotency-Key.</summary>
    public const string IdempotencyKey = "idempotencyKey";

    /// <summary>
    /// The one registration of GraphPlan's GraphQL schema and execution, shared by the API host, the CLI and the tests.
    /// An <see cref="IGraphStore"/> must be registered separately.
    /// </summary>
    public static IServiceCollection AddGraphPlanGraphQL(this IServiceCollection services)
    {
        services.AddScoped<RelatedLoader>();
        // Hardening: limits, error masking and the introspection switch; the API host binds both from configuration.
        services.AddOptions<GraphQLLimitsOptions>();
        services.AddOptions<GraphQLSecurityOptions>();
        services.AddGraphQL(builder => builder
            .AddSchema<GraphPlanSchema>()
            .AddGraphTypes(typeof(GraphPlanSchema).Assembly)
            .AddSystemTextJson(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<GraphPlanErrorInfoProvider>()
            .ConfigureExecution(new DocumentCache())
            .ConfigureExecution<GraphQLLimitsExecution>()
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
