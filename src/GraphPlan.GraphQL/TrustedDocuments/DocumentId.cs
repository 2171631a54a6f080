using System.Security.Cryptography;
using System.Text;

namespace GraphPlan.GraphQL.TrustedDocuments;

/// <summary>
/// A persisted document's id: <c>sha256:</c> and the lower-case hex SHA-256 of the document's exact UTF-8 bytes, so
/// <c>sha256sum file.graphql</c> gives it.
/// </summary>
public static class DocumentId
{
    public const string Prefix = "sha256:";

    public static string Of(ReadOnlySpan<byte> utf8) => Prefix + Convert.ToHexStringLower(SHA256.HashData(utf8));

    public static string Of(string document) => Of(Encoding.UTF8.GetBytes(document));

    /// <summary>
    /// The id in its one spelling (<c>sha256:</c> + 64 lower-case hex digits), from that form, its upper-case digits or the
    /// bare hash (as Apollo's <c>sha256Hash</c> and some manifest generators write it); null when it is neither.
    /// </summary>
    public static string? Normalize(string? id)
    {
        if (id is null)
        {
            return null;
        }

        var hash = id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? id[Prefix.Length..] : id;
        return hash.Length == 64 && hash.All(char.IsAsciiHexDigit) ? Prefix + hash.ToLowerInvariant() : null;
    }
}
