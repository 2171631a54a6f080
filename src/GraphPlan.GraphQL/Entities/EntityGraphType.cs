using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

/// <summary>Base of the object type for one entity kind: the shared fields, the interface, and kind-specific attributes.</summary>
public abstract class EntityGraphType : ObjectGraphType<Entity>
{
    protected EntityGraphType(EntityKind kind, string description)
    {
        Kind = kind;
        Name = kind.ToString();
        Description = description;
        IsTypeOf = source => source is Entity entity && entity.Kind == kind;
        Interface<EntityInterfaceGraphType>();
        EntityFields.AddTo(this);
    }

    /// <summary>The entity kind this type stands for (what <see cref="EntityInterfaceGraphType"/> resolves to it).</summary>
    public EntityKind Kind { get; }

    protected void AttributeField(string name, string key, string description) =>
        Field<StringGraphType>(name).Description(description).ResolveSource(source => source.Attribute(key));

    protected void IntegerAttributeField(string name, string key, string description) =>
        Field<IntGraphType>(name).Description(description).ResolveSource(source => int.TryParse(source.Attribute(key), out var n) ? n : (int?)null);
}
