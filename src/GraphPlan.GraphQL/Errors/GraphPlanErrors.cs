using GraphQL;

namespace GraphPlan.GraphQL.Errors;

/// <summary>Client mistakes as GraphQL errors with a stable code and a message that names what is wrong.</summary>
public static class GraphPlanErrors
{
    public static ExecutionError NotFound(string id) => new($"No entity has the id '{id}'.") { Code = ErrorCodes.NotFound };

    public static ExecutionError OutOfRange(string argument, int value, int min, int max) =>
        new($"Argument '{argument}' is {value}; it must be between {min} and {max}.") { Code = ErrorCodes.BadUserInput };

    public static ExecutionError BadInput(string message) => new(message) { Code = ErrorCodes.BadUserInput };

    public static ExecutionError InvalidFilter(string message) => new(message) { Code = ErrorCodes.InvalidFilter };

    /// <summary>Throws when <paramref name="value"/> is outside [min, max]; returns it otherwise.</summary>
    public static int InRange(string argument, int value, int min, int max) =>
        value < min || value > max ? throw OutOfRange(argument, value, min, max) : value;
}
