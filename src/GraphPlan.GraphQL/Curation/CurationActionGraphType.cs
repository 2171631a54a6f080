using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

public sealed class CurationActionGraphType : EnumerationGraphType<CurationAction>
{
    public CurationActionGraphType() => Name = "CurationAction";
}
