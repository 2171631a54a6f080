using GraphQL;

namespace GraphPlan.GraphQL.Errors;

/// <summary>An unexpected failure as callers see it: a masked message, a stable code and the trace id to find it in the logs.</summary>
public sealed class InternalServerError(string message, string traceId, Exception exception) : ExecutionError(message, exception)
{
    public string TraceId { get; } = traceId;
}
