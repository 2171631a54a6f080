using GraphQL;

namespace GraphPlan.GraphQL.Errors;

/// <summary>A refused request as a GraphQL error whose message names the limit, its configuration key and the value seen.</summary>
public static class LimitErrors
{
    public static ExecutionError Exceeded(string code, string what, long value, long limit, string key) =>
        new($"{what} is {value}; the limit is {limit} (GraphQL:Limits:{key}).") { Code = code };

    public static ExecutionError AtLeast(string code, string what, long limit, string key) =>
        new($"{what} exceeds the limit of {limit} (GraphQL:Limits:{key}).") { Code = code };
}
