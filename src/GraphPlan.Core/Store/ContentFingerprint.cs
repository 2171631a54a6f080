using System.Security.Cryptography;
using System.Text;
using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// Short digests of what a write asks for, the same for every store: an entity's content (to tell an unchanged
/// re-import from a change), and a whole curation (to tell a retried request from a reused idempotency key).
/// </summary>
public static class ContentFingerprint
{
    /// <summary>The entity's content without its version; attributes in key order, so two equal entities always agree.</summary>
    public static string Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Digest(CurationJson.Of(Canonical(entity))!);
    }

    /// <summary>What the curation asks for: action, entity or relationship, and the expected version (not the actor or key).</summary>
    public static string Of(Curation curation)
    {
        ArgumentNullException.ThrowIfNull(curation);
        var text = new StringBuilder()
            .Append(curation.Action).Append('\n')
            .Append(curation.ExpectedVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-").Append('\n')
            .Append(curation.EntityId ?? "-").Append('\n')
            .Append(curation.Entity is null ? "-" : CurationJson.Of(Canonical(curation.Entity))).Append('\n')
            .Append(curation.Relationship is null ? "-" : CurationJson.Of(curation.Relationship));
        return Digest(text.ToString());
    }

    private static Entity Canonical(Entity entity) => entity with
    {
        Version = 0,
        Attributes = new SortedDictionary<string, string>(entity.Attributes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal),
    };

    private static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
