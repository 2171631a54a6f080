using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

public sealed class BasisGraphType : EnumerationGraphType<Basis>
{
    public BasisGraphType()
    {
        Name = "Basis";
        Description = "How the cited text supports a fact: stated outright, same paragraph, inferred, or from an external source.";
    }
}
