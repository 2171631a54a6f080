using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

public sealed class CurationPayloadGraphType : ObjectGraphType<CurationPayload>
{
    public CurationPayloadGraphType()
    {
        Name = "CurationPayload";
        Field<NonNullGraphType<AuditEntryGraphType>>("audit").Description("The audit entry the write made (sequence 0 when it changed nothing).").ResolveSource(source => source.Audit);
        Field<EntityInterfaceGraphType>("entity").Description("The entity as stored after the write, with its new version.").ResolveSource(source => source.Entity);
    }
}
