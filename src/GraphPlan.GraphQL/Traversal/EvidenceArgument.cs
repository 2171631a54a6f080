using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphQL;
using GraphQL.Builders;

namespace GraphPlan.GraphQL.Traversal;

/// <summary>The <c>minBasis</c> argument of traversals, paths and neighborhoods.</summary>
internal static class EvidenceArgument
{
    public const string Name = "minBasis";

    public const string Description =
        "Only follow relationships whose strongest citation is at least this basis: STATED keeps stated links only, " +
        "SAME_PARAGRAPH adds links read from the same paragraph, INFERRED adds inferred ones (and uncited ones); omitted or EXTERNAL keeps every relationship.";

    public static FieldBuilder<TSource, TReturn> WithMinBasis<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<BasisGraphType>(Name, Description);

    public static Basis? Read(IResolveFieldContext context) => context.GetArgument<Basis?>(Name);
}
