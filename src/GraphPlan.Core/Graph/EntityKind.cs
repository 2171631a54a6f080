namespace GraphPlan.Core.Graph;

/// <summary>The closed set of entity kinds. Names double as Neo4j labels and GraphQL type names.</summary>
public enum EntityKind
{
    Plan,
    Chapter,
    Section,
    Goal,
    Target,
    Indicator,
    Industry,
    Project,
    Platform,
    Organization,
    Place,
    Measure,
}
