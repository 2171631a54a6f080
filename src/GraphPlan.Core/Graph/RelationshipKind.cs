namespace GraphPlan.Core.Graph;

/// <summary>The closed set of relationship kinds, read as "from KIND to".</summary>
public enum RelationshipKind
{
    Supports,
    MeasuredBy,
    HasTarget,
    BelongsToIndustry,
    FocusesOn,
    HostedOn,
    PartOf,
    LocatedIn,
    CooperatesWith,
    DependsOn,
    MentionedIn,
}
