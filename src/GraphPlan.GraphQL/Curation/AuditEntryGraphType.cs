using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One recorded write: who, when, what, with the state before and after as JSON.";
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("Increases with every recorded write; 0 when the write changed nothing.").ResolveSource(source => source.Sequence);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").ResolveSource(source => source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The name of the API key that wrote it.").ResolveSource(source => source.Actor);
        Field<NonNullGraphType<CurationActionGraphType>>("action").ResolveSource(source => Boxed.Of(source.Action));
        Field<NonNullGraphType<IdGraphType>>("subject").Description("The entity's or the relationship's id.").ResolveSource(source => source.Subject);
        Field<IntGraphType>("version").Description("The entity's version after the write.").ResolveSource(source => source.Version);
        Field<StringGraphType>("before").ResolveSource(source => source.Before);
        Field<StringGraphType>("after").ResolveSource(source => source.After);
    }
}
