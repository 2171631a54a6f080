using GraphQL;

namespace GraphPlan.Benchmarks;

/// <summary>Variables for the example operations that declare required ones.</summary>
public static class ExampleVariables
{
    public static Inputs? For(string operation) => operation switch
    {
        "search" or "ranked-search" or "passages" => new Inputs(new Dictionary<string, object?> { ["text"] = "hydrogen" }),
        _ => null,
    };

    /// <summary>The same, as the JSON "variables" member of an HTTP request body.</summary>
    public static string Json(string operation) => operation switch
    {
        "search" or "ranked-search" or "passages" => """{"text":"hydrogen"}""",
        _ => "null",
    };
}
