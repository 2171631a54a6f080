using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One recorded write: who, when, what, with the state before and after as JSON.";
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("Increases with every recorded write; 0 when the write changed nothing.").Resolve(ctx => ctx.Source.Sequence);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(ctx => ctx.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("The name of the API key that wrote it.").Resolve(ctx => ctx.Source.Actor);
        Field<NonNullGraphType<CurationActionGraphType>>("action").Resolve(ctx => Boxed.Of(ctx.Source.Action));
        Field<NonNullGraphType<IdGraphType>>("subject").Description("The entity's or the relationship's id.").Resolve(ctx => ctx.Source.Subject);
        Field<IntGraphType>("version").Description("The entity's version after the write.").Resolve(ctx => ctx.Source.Version);
        Field<StringGraphType>("before").Resolve(ctx => ctx.Source.Before);
        Field<StringGraphType>("after").Resolve(ctx => ctx.Source.After);
    }
}
