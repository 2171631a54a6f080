using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Testing;

/// <summary>
/// The supporters of a target or goal computed from their definition in the schema ("everything that supports it,
/// transitively: what SUPPORTS it, owns it (HAS_TARGET), or BELONGS_TO_INDUSTRY, FOCUSES_ON, is HOSTED_ON or PART_OF
/// a supporter"; from a goal, first its own targets), to check stores against. Written without the stores' step list
/// (<see cref="SupportTraversal"/>) and without a breadth-first walk: the depth of each supporter is its shortest
/// distance, found by relaxing every relationship until nothing changes.
/// </summary>
public static class ReferenceTraversal
{
    /// <summary>Who delivers a target it has: not a goal or a plan, which set targets for others.</summary>
    private static readonly HashSet<EntityKind> _owners = [EntityKind.Industry, EntityKind.Platform, EntityKind.Project, EntityKind.Measure, EntityKind.Organization];

    /// <summary>What supports the whole it is part of: not the plan's text structure (sections, chapters) nor places.</summary>
    private static readonly HashSet<EntityKind> _parts = [EntityKind.Industry, EntityKind.Platform, EntityKind.Project, EntityKind.Measure];

    /// <summary>Every supporter of <paramref name="startId"/> within <paramref name="maxDepth"/> hops, with its depth.</summary>
    public static Dictionary<string, int> Depths(GraphData graph, string startId, int maxDepth, Basis? minBasis = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var kinds = graph.Entities.ToDictionary(e => e.Id, e => e.Kind, StringComparer.Ordinal);
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [startId] = 0 };

        // The start's own targets come first (a goal's; a target has none, and other starts are walked the same way).
        foreach (var r in graph.Relationships.Where(r => ReferencePaths.Admitted(r, minBasis) && r.Kind == RelationshipKind.HasTarget && r.From == startId && kinds[r.To] == EntityKind.Target))
        {
            distance[r.To] = 1;
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var r in graph.Relationships.Where(r => ReferencePaths.Admitted(r, minBasis)))
            {
                if (distance.TryGetValue(r.To, out var through) && MakesASupporter(r.Kind, kinds[r.From])
                    && (!distance.TryGetValue(r.From, out var known) || through + 1 < known))
                {
                    distance[r.From] = through + 1;
                    changed = true;
                }
            }
        }

        return distance.Where(p => p.Key != startId && p.Value <= maxDepth).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>Whether the start of a relationship of this kind, pointing at a supporter (or the target), is a supporter too.</summary>
    private static bool MakesASupporter(RelationshipKind kind, EntityKind from) => kind switch
    {
        RelationshipKind.Supports or RelationshipKind.BelongsToIndustry or RelationshipKind.FocusesOn or RelationshipKind.HostedOn => true,
        RelationshipKind.HasTarget => _owners.Contains(from),
        RelationshipKind.PartOf => _parts.Contains(from),
        _ => false,
    };
}
