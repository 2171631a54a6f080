using GraphPlan.GraphQL.Errors;
using GraphQL;

namespace GraphPlan.GraphQL.Curation;

/// <summary>Who is calling, checked before any curation work is done.</summary>
public static class CuratorAccess
{
    /// <summary>The caller's name when they hold one of the roles; a coded error otherwise.</summary>
    public static string Require(IResolveFieldContext context, params string[] roles)
    {
        var user = context.User;
        if (user?.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            throw new ExecutionError("This operation needs an API key: send it in the X-Api-Key header.") { Code = ErrorCodes.Unauthenticated };
        }

        return roles.Any(user.IsInRole)
            ? name
            : throw new ExecutionError($"The API key '{name}' does not have the {string.Join(" or ", roles)} role this operation needs.") { Code = ErrorCodes.Forbidden };
    }
}
