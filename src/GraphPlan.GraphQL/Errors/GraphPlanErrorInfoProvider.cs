using System.Text.RegularExpressions;
using GraphPlan.GraphQL.Limits;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace GraphPlan.GraphQL.Errors;

/// <summary>
/// Serializes errors without leaking internals: no exception types (<c>codes</c>) or stack traces, no "Did you mean"
/// suggestions unless <see cref="GraphQLSecurityOptions.ExposeErrorDetails"/>; adds <c>traceId</c> to internal errors.
/// </summary>
public sealed partial class GraphPlanErrorInfoProvider(IOptions<GraphQLSecurityOptions> security) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = security.Value.ExposeErrorDetails,
    ExposeCodes = security.Value.ExposeErrorDetails,
    ExposeData = false,
})
{
    private readonly bool _exposeDetails = security.Value.ExposeErrorDetails;

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (!_exposeDetails)
        {
            info.Message = Suggestion().Replace(info.Message, string.Empty);
        }

        if (executionError is CostLimitError cost)
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["cost"] = cost.Extension();
        }

        if (executionError is InternalServerError { TraceId: var traceId })
        {
            info.Extensions ??= new Dictionary<string, object?>();
            info.Extensions["traceId"] = traceId;
        }

        return info;
    }

    [GeneratedRegex(@"\s*Did you mean .*$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Suggestion();
}
