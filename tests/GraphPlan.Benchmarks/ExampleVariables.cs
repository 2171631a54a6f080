using GraphQL;

namespace GraphPlan.Benchmarks;

/// <summary>Variables for the example operations that declare required ones.</summary>
public static class ExampleVariables
{
    public static Inputs? For(string operation) => operation switch
    {
        "search" => new Inputs(new Dictionary<string, object?> { ["text"] = "hydrogen" }),
        _ => null,
    };

    /// <summary>The same, as the JSON "variables" member of an HTTP request body.</summary>
    public static string Json(string operation) => operation switch
    {
        "search" => """{"text":"hydrogen"}""",
        _ => "null",
    };
}
