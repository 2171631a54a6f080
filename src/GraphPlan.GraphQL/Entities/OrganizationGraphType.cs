using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Traversal;

namespace GraphPlan.GraphQL.Entities;

public sealed class OrganizationGraphType : EntityGraphType
{
    public OrganizationGraphType()
        : base(EntityKind.Organization, "An organization: government body, enterprise, university, institute, hospital.")
    {
        AttributeField("orgType", "orgType", "What sort of organization.");
        ImpactField.AddTo(this);
    }
}
