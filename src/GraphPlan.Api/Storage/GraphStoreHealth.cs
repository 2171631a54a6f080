namespace GraphPlan.Api.Storage;

/// <summary>The log category of the health check.</summary>
public sealed class GraphStoreHealth
{
    private GraphStoreHealth()
    {
    }
}
