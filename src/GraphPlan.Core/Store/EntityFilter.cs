namespace GraphPlan.Core.Store;

/// <summary>
/// A typed condition on entities, evaluated by the store: combinators (<see cref="AllFilter"/>, <see cref="AnyFilter"/>,
/// <see cref="NotFilter"/>) over leaves (text, kind, value, commitment, relationship). Check it with
/// <see cref="EntityFilterRules"/> before handing it to a store.
/// </summary>
public abstract record EntityFilter;
