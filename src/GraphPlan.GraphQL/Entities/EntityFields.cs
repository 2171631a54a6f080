using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Schema;
using GraphPlan.GraphQL.Traversal;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

/// <summary>The fields every entity type has, declared once for the interface and each object type.</summary>
internal static class EntityFields
{
    /// <summary>Declares the shared fields on the interface: the same names, types and arguments, without resolvers.</summary>
    public static void DeclareOn(InterfaceGraphType<Entity> type)
    {
        var template = new ObjectGraphType<Entity>();
        AddTo(template);
        foreach (var field in template.Fields)
        {
            type.AddField(new FieldType { Name = field.Name, Description = field.Description, Type = field.Type, Arguments = field.Arguments });
        }
    }

    public static void AddTo(ObjectGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable, human-readable id: <kind>:<slug>.").ResolveSource(source => source.Id);
        type.Field<NonNullGraphType<EntityKindGraphType>>("kind").ResolveSource(source => Boxed.Of(source.Kind));
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("The Chinese name exactly as the plan writes it.").ResolveSource(source => source.Name);
        type.Field<NonNullGraphType<StringGraphType>>("nameEn").Description("English name.").ResolveSource(source => source.NameEn);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description("Other names the plan uses for it.").ResolveSource(source => source.Aliases);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttributeGraphType>>>>("attributes")
            .Description("Every kind-specific attribute as key and value.")
            .ResolveSource(source => source.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal));
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceGraphType>>>>("provenance").Description("The sentences of the plan that state it.").ResolveSource(source => source.Provenance);
        type.Field<NonNullGraphType<IntGraphType>>("version").Description("Goes up by one with every write; send it back as expectedVersion when curating.").ResolveSource(source => (int)source.Version);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("related")
            .Description("Its relationships, optionally of some kinds, one direction, or to some kinds of entity.")
            .Argument<ListGraphType<NonNullGraphType<RelationshipKindGraphType>>>("kinds", "Only these relationship kinds.")
            .Argument<DirectionGraphType>("direction", "OUTGOING, INCOMING or BOTH.", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("otherKinds", "Only when the other end is of these kinds.")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Load(ctx.Source.Id, new RelationFilter(ctx.GetArgument("direction", Direction.Both))
            {
                Kinds = ctx.GetArgument<List<RelationshipKind>?>("kinds") ?? [],
                OtherKinds = ctx.GetArgument<List<EntityKind>?>("otherKinds") ?? [],
            }));
        type.Field<NonNullGraphType<SubgraphGraphType>>("neighborhood")
            .Description("The entities within `depth` hops either way and every relationship among them, as nodes and edges.")
            .Argument<IntGraphType>("depth", "Hops, 1 to 3.", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<RelationshipKindGraphType>>>("kinds", "Only these relationship kinds.")
            .WithMinBasis()
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) => await NeighborhoodArguments.ResolveAsync(ctx, store, ctx.Source.Id).ConfigureAwait(false));
    }
}
