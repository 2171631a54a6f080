using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Entities;

/// <summary>The GraphQL interface every entity type implements.</summary>
public sealed class EntityInterfaceGraphType : InterfaceGraphType<Entity>
{
    // The object type of each kind, indexed by the kind's value; filled from PossibleTypes on first use (after the schema
    // is initialized). Without ResolveType, GraphQL.NET tries each possible type's IsTypeOf in turn for every entity.
    private IObjectGraphType?[]? _byKind;

    public EntityInterfaceGraphType()
    {
        Name = "Entity";
        Description = "Anything the plan names: structure, goals, targets, indicators, industries, projects, platforms, organizations, places, measures.";
        EntityFields.DeclareOn(this);
        ResolveType = value => value is Entity entity && ObjectTypes() is var types && (int)entity.Kind < types.Length ? types[(int)entity.Kind] : null;
    }

    private IObjectGraphType?[] ObjectTypes()
    {
        if (_byKind is { } known)
        {
            return known;
        }

        var types = new IObjectGraphType?[Enum.GetValues<EntityKind>().Max(k => (int)k) + 1];
        foreach (var type in PossibleTypes)
        {
            if (type is EntityGraphType entityType)
            {
                types[(int)entityType.Kind] = type;
            }
        }

        // Two threads may both build it: they build the same array, so the race is harmless.
        _byKind = types;
        return types;
    }
}
