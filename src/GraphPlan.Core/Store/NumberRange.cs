namespace GraphPlan.Core.Store;

/// <summary>Bounds on a number; every bound given must hold, and a range without bounds holds for any number.</summary>
public sealed record NumberRange
{
    public decimal? Eq { get; init; }

    public decimal? Gt { get; init; }

    public decimal? Gte { get; init; }

    public decimal? Lt { get; init; }

    public decimal? Lte { get; init; }

    public bool IsEmpty => Eq is null && Gt is null && Gte is null && Lt is null && Lte is null;

    public bool Contains(decimal value) =>
        (Eq is not { } eq || value == eq) && (Gt is not { } gt || value > gt) && (Gte is not { } gte || value >= gte)
        && (Lt is not { } lt || value < lt) && (Lte is not { } lte || value <= lte);
}
