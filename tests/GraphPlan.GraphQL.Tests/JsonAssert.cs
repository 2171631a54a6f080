using System.Text.Json;

namespace GraphPlan.GraphQL.Tests;

internal static class JsonAssert
{
    public static JsonElement Data(JsonElement response)
    {
        Assert.False(response.TryGetProperty("errors", out var errors), $"unexpected errors: {errors}");
        return response.GetProperty("data");
    }

    /// <summary>The single error of a response, checked to carry the expected code.</summary>
    public static JsonElement Error(JsonElement response, string code)
    {
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        return error;
    }

    public static IReadOnlyList<string> Strings(JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();
}
