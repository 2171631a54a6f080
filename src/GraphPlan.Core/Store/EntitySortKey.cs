using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// One sort key of a list. Keys apply in order; ties after the last key are broken by id in the last key's
/// direction, so pages are stable. A missing attribute or value sorts after every present one when ascending
/// (before them when descending).
/// </summary>
public sealed record EntitySortKey(EntityOrder Field, bool Descending = false)
{
    /// <summary>The attribute key, for <see cref="EntityOrder.Attribute"/>.</summary>
    public string? Key { get; init; }

    /// <summary>The value's year, for <see cref="EntityOrder.Value"/>.</summary>
    public int? Year { get; init; }

    /// <summary>The value's role, for <see cref="EntityOrder.Value"/>.</summary>
    public ValueRole? Role { get; init; }

    /// <summary>The number an entity sorts by for <see cref="EntityOrder.Value"/>: its first value of the year and role that has a number.</summary>
    public decimal? ValueOf(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        foreach (var value in entity.Values)
        {
            if (value.Year == Year && value.Role == Role && value.Value is { } number)
            {
                return number;
            }
        }

        return null;
    }
}
