namespace GraphPlan.Core.Store;

/// <summary>What a count groups by.</summary>
public enum CountGrouping
{
    /// <summary>Entities by kind.</summary>
    Kind,

    /// <summary>Entities by the industries they belong to (BELONGS_TO_INDUSTRY) or focus on (FOCUSES_ON); one entity counts in each of its industries, and in the null group when it has none.</summary>
    Industry,

    /// <summary>Entities by the platforms they are hosted on (HOSTED_ON); null group for none.</summary>
    Platform,

    /// <summary>Entities by the chapters their provenance cites (a section counts for its chapter); null group for the plan itself.</summary>
    Chapter,

    /// <summary>Entities by the value of the attribute <see cref="CountQuery.AttributeKey"/> (items of a list attribute); null group for none.</summary>
    Attribute,

    /// <summary>The relationships of the entities (in <see cref="CountQuery.Direction"/>), each counted once, by kind.</summary>
    RelationshipKind,

    /// <summary>The relationships of the entities, each counted once, by the strongest basis of their provenance.</summary>
    Basis,
}
