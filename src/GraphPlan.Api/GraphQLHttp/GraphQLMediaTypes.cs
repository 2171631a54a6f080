namespace GraphPlan.Api.GraphQLHttp;

/// <summary>
/// The media types the endpoint answers with: <c>application/graphql-response+json</c> when the client accepts it
/// (request errors then get 400), <c>application/json</c> otherwise (200 for any well-formed GraphQL response).
/// </summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The media type to answer with, or null when the client accepts neither of ours.</summary>
    public static string? ResponseMediaType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        var ranked = accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1).ToList();
        foreach (var candidate in ranked)
        {
            if (candidate.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponseJson;
            }

            if (candidate.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || candidate.MediaType.Equals("*/*", StringComparison.Ordinal) || candidate.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return Json;
            }
        }

        return null;
    }
}
