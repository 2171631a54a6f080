using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace GraphPlan.GraphQL.Changes;

/// <summary>
/// Refuses a subscription operation unless the host marked the request as a stream (<see cref="StreamKey"/>): a plain
/// JSON response cannot carry its events, so the client is told where to send it instead of getting an empty answer.
/// </summary>
public sealed class StreamingExecution : IConfigureExecution
{
    /// <summary>Key of <see cref="ExecutionOptions.UserContext"/> a streaming transport sets to true.</summary>
    public const string StreamKey = "graphplan.stream";

    /// <summary>After the limits step has parsed the document (250).</summary>
    public float SortOrder => 260;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Document is { } document
            && Operation(document, options.OperationName)?.Operation == OperationType.Subscription
            && !(options.UserContext.TryGetValue(StreamKey, out var streaming) && streaming is true))
        {
            return Task.FromResult(new ExecutionResult
            {
                Errors = [new ExecutionError("Subscriptions are served as Server-Sent Events: POST or GET /graphql/stream, or /graphql with Accept: text/event-stream.") { Code = ErrorCodes.SubscriptionNeedsStream }],
            });
        }

        return next(options);
    }

    public static GraphQLOperationDefinition? Operation(GraphQLDocument document, string? operationName)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}
