using System.Diagnostics;
using GraphPlan.Core.Telemetry;
using GraphPlan.GraphQL.Changes;
using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQL.DI;

namespace GraphPlan.GraphQL.Telemetry;

/// <summary>
/// One span per GraphQL operation (its store calls are its children), with the operation's name and type, the
/// document id when the client sent one, the estimated cost and the error codes; and the request, error and refusal
/// counters. It wraps every other execution step, so refusals by the limits are seen too. The document text and
/// the variables are never recorded.
/// </summary>
public sealed class OperationTelemetry : IConfigureExecution
{
    /// <summary>Key of <see cref="ExecutionOptions.UserContext"/> under which a host passes a trusted document's id.</summary>
    public const string DocumentIdKey = "documentId";

    /// <summary>Tag the operation's name is also set under on the enclosing (HTTP request) span, for the request log.</summary>
    public const string OperationNameTag = "graphql.operation.name";

    /// <summary>Before the document cache (200) and the limits (250), so it times and sees everything they do.</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var enclosing = Activity.Current;
        using var activity = GraphPlanTelemetry.Source.StartActivity("graphql.operation", ActivityKind.Internal);
        var result = await next(options).ConfigureAwait(false);

        var operation = options.Document is { } document ? StreamingExecution.Operation(document, options.OperationName) : null;
        var type = operation?.Operation.ToString().ToLowerInvariant() ?? "unknown";
        var name = operation?.Name?.StringValue ?? options.OperationName;
        var codes = result.Errors?.Select(e => e.Code ?? "UNCODED").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() ?? [];
        GraphPlanTelemetry.Requests.Add(1, new KeyValuePair<string, object?>("graphql.operation.type", type));
        foreach (var error in result.Errors ?? [])
        {
            var code = error.Code ?? "UNCODED";
            GraphPlanTelemetry.Errors.Add(1, new KeyValuePair<string, object?>("code", code));
            if (!result.Executed && ErrorCodes.Limits.Contains(code))
            {
                GraphPlanTelemetry.Refusals.Add(1, new KeyValuePair<string, object?>("limit", code));
            }
        }

        if (activity is not null)
        {
            activity.DisplayName = name is null ? type : $"{type} {name}";
            activity.SetTag("graphql.operation.type", type);
            activity.SetTag(OperationNameTag, name);
            activity.SetTag("graphql.document.id", DocumentId(options));
            activity.SetTag("graphplan.cost.estimated", EstimatedCost(result));
            if (codes.Count > 0)
            {
                activity.SetTag("graphplan.error.codes", string.Join(",", codes));
                activity.SetStatus(ActivityStatusCode.Error, codes[0]);
            }
        }

        if (name is not null)
        {
            enclosing?.SetTag(OperationNameTag, name);
        }

        return result;
    }

    private static string? DocumentId(ExecutionOptions options) =>
        options.UserContext.TryGetValue(DocumentIdKey, out var id) && id is string text ? text
        : options.Extensions?.TryGetValue(DocumentIdKey, out var sent) == true && sent is string fromExtensions ? fromExtensions
        : null;

    private static double? EstimatedCost(ExecutionResult result) =>
        result.Extensions?.TryGetValue("cost", out var cost) == true && cost is IDictionary<string, object?> report && report.TryGetValue("estimated", out var estimated) && estimated is double value
            ? value
            : null;
}
