using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace GraphPlan.Api.Caching;

/// <summary>
/// What makes two GraphQL requests the same answer: the graph's version, the caller's roles, the response media type,
/// the document (or a persisted document's id, which travels in the extensions), the operation name and the variables.
/// Keys the response cache, and gives the <c>ETag</c> (reusable by any endpoint that answers a GraphQL request).
/// </summary>
public sealed class GraphQLRequestKey : IEquatable<GraphQLRequestKey>
{
    private readonly string _text;

    private GraphQLRequestKey(long graphVersion, string text)
    {
        GraphVersion = graphVersion;
        _text = text;
    }

    public long GraphVersion { get; }

    /// <summary>Characters of the key (for the cache's memory bound).</summary>
    public int Length => _text.Length;

    /// <summary>
    /// The key of one request. Variables and extensions come as JSON text (null when none); a persisted document's id
    /// travels among the extensions, so it is part of the key too.
    /// </summary>
    public static GraphQLRequestKey For(long graphVersion, ClaimsPrincipal user, string mediaType, string? query, string? operationName, string? variables, string? extensions)
    {
        ArgumentNullException.ThrowIfNull(user);
        var roles = user.Identity?.IsAuthenticated == true
            ? string.Join(',', user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal))
            : string.Empty;
        var text = new StringBuilder(64 + (query?.Length ?? 0) + (variables?.Length ?? 0) + (extensions?.Length ?? 0));
        // Each part with its length first, so no two different requests run together into the same text.
        foreach (var part in (ReadOnlySpan<string?>)[roles, mediaType, query, operationName, variables, extensions])
        {
            text.Append(part is null ? -1 : part.Length).Append(':').Append(part).Append('|');
        }

        return new GraphQLRequestKey(graphVersion, text.ToString());
    }

    /// <summary>A strong entity tag: the graph's version and a digest of the request, so it changes with either.</summary>
    public string ETag()
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(_text), digest);
        return $"\"{GraphVersion:x}-{Convert.ToHexStringLower(digest[..12])}\"";
    }

    public bool Equals(GraphQLRequestKey? other) => other is not null && other.GraphVersion == GraphVersion && string.Equals(other._text, _text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as GraphQLRequestKey);

    public override int GetHashCode() => HashCode.Combine(GraphVersion, StringComparer.Ordinal.GetHashCode(_text));
}
