namespace GraphPlan.GraphQL.Curation;

/// <summary>The roles an API key can carry.</summary>
public static class CurationRoles
{
    /// <summary>May change the graph and read the audit trail.</summary>
    public const string Curator = "curator";

    /// <summary>May read the audit trail.</summary>
    public const string Reader = "reader";
}
