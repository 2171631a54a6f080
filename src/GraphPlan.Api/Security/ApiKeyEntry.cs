namespace GraphPlan.Api.Security;

/// <summary>One configured API key: who it is, what it may do, and the SHA-256 of the key (never the key itself).</summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = string.Empty;

    /// <summary><c>curator</c> (may change the graph) or <c>reader</c> (may read the audit trail).</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the key; <c>graphplan key new</c> prints one.</summary>
    public string Sha256 { get; set; } = string.Empty;
}
