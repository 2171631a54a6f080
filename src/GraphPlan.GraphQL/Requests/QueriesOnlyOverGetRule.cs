using GraphPlan.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphPlan.GraphQL.Requests;

/// <summary>
/// GET may only read: a host adds this rule to a request that came by GET, and a mutation (or subscription) chosen for
/// execution is refused with <see cref="ErrorCodes.MethodNotAllowed"/> before anything runs (the host answers 405 with
/// <c>Allow: POST</c>). Runs on cached documents too: it is not one of the specification's rules.
/// </summary>
public sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public const string Message = "Mutations are not allowed over GET; use POST.";

    private QueriesOnlyOverGetRule()
    {
    }

    public static QueriesOnlyOverGetRule Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation is { Operation: OperationType.Mutation or OperationType.Subscription })
        {
            context.ReportError(new ValidationError(Message) { Code = ErrorCodes.MethodNotAllowed });
        }

        return default;
    }
}
