using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Relations;

public sealed class RelationshipKindGraphType : EnumerationGraphType<RelationshipKind>
{
    public RelationshipKindGraphType()
    {
        Name = "RelationshipKind";
        Description = "The kinds of relationship, read from the source entity: A SUPPORTS B, A PART_OF B, ...";
    }
}
