namespace GraphPlan.GraphQL.Limits;

/// <summary>
/// The assumed size of a list field, in the spirit of the IBM GraphQL cost specification's
/// <c>@listSize(assumedSize, slicingArguments, sizedFields)</c>: a size for the field itself and/or for lists below it
/// (by relative path, e.g. <c>nodes</c> and <c>nodes.path</c> of a connection or traversal), computed from the
/// field's arguments and the store's statistics. <see cref="SizedBy"/> says how, for the refusal message.
/// </summary>
public sealed record ListSize(string SizedBy, Func<CostArguments, CostStatistics, IReadOnlyDictionary<string, double>> Sizes);
