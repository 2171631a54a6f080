using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Embedded;

/// <summary>Typed filters, multi-key sorts and aggregates: a scan of the kinds' entities, each condition evaluated in memory.</summary>
internal sealed partial class GraphIndex
{
    private static readonly string[] _kindSortNames = Enum.GetValues<EntityKind>().Select(k => k.ToString()).ToArray();

    public IReadOnlyList<CountGroup> Count(CountQuery query)
    {
        var matches = Matching(query.Kinds, query.Where);
        var counts = new Dictionary<string, (string? Name, int Count)>(StringComparer.Ordinal);
        var none = 0;
        void Add(string? key, string? name)
        {
            if (key is null)
            {
                none++;
                return;
            }

            counts[key] = (name, counts.TryGetValue(key, out var c) ? c.Count + 1 : 1);
        }

        switch (query.GroupBy)
        {
            case CountGrouping.Kind:
                foreach (var node in matches)
                {
                    Add(node.Entity.Kind.ToString(), null);
                }

                break;
            case CountGrouping.Industry or CountGrouping.Platform:
                RelationshipKind[] kinds = query.GroupBy == CountGrouping.Industry ? [RelationshipKind.BelongsToIndustry, RelationshipKind.FocusesOn] : [RelationshipKind.HostedOn];
                var groupKind = query.GroupBy == CountGrouping.Industry ? EntityKind.Industry : EntityKind.Platform;
                var others = new List<EntityNode>();
                foreach (var node in matches)
                {
                    others.Clear();
                    foreach (var adjacent in node.Outgoing)
                    {
                        if (Array.IndexOf(kinds, adjacent.Relationship.Kind) >= 0 && adjacent.Other.Entity.Kind == groupKind && !others.Contains(adjacent.Other))
                        {
                            others.Add(adjacent.Other);
                        }
                    }

                    if (others.Count == 0)
                    {
                        Add(null, null);
                    }

                    foreach (var other in others)
                    {
                        Add(other.Entity.Id, other.Entity.Name);
                    }
                }

                break;
            case CountGrouping.Chapter:
                foreach (var node in matches)
                {
                    var chapters = node.Entity.Provenance.Select(p => ChapterOf(p.Section)).DistinctBy(c => c?.Id).ToList();
                    foreach (var chapter in chapters)
                    {
                        Add(chapter?.Id, chapter?.Name);
                    }
                }

                break;
            case CountGrouping.Attribute:
                var key = query.AttributeKey ?? string.Empty;
                foreach (var node in matches)
                {
                    if (node.Entity.Attribute(key) is not { } value)
                    {
                        Add(null, null);
                        continue;
                    }

                    foreach (var item in EntityRules.AttributeItems(key, value).Distinct(StringComparer.Ordinal))
                    {
                        Add(item, null);
                    }
                }

                break;
            default:
                foreach (var relationship in RelationshipsOf(matches, query.Direction, []))
                {
                    if (query.GroupBy == CountGrouping.RelationshipKind)
                    {
                        Add(GraphNames.Of(relationship.Kind), null);
                    }
                    else
                    {
                        Add(relationship.Provenance.Count == 0 ? null : GraphNames.Of(relationship.Basis), null);
                    }
                }

                break;
        }

        var groups = counts.Select(p => new CountGroup(p.Key, p.Value.Name, p.Value.Count))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (none > 0)
        {
            groups.Add(new CountGroup(null, null, none));
        }

        return groups;
    }

    public IReadOnlyList<ValueSummary> SummarizeValues(ValueSummaryQuery query)
    {
        var groups = new Dictionary<(string? Unit, int Year, ValueRole Role), List<(EntityNode Node, decimal Value)>>();
        foreach (var node in Matching(query.Kinds, query.Where))
        {
            foreach (var value in node.Entity.Values)
            {
                if (value.Value is not { } number || (query.Year is { } year && value.Year != year) || (query.Role is { } role && value.Role != role)
                    || (query.Unit is not null && !string.Equals(value.Unit, query.Unit, StringComparison.Ordinal)))
                {
                    continue;
                }

                var key = (value.Unit, value.Year, value.Role);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add((node, number));
            }
        }

        return groups
            .OrderBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.Year).ThenBy(g => g.Key.Role)
            .Select(g =>
            {
                var values = g.Value.Select(v => v.Value).ToList();
                return new ValueSummary(g.Key.Unit, g.Key.Year, g.Key.Role, values.Count, g.Value.Select(v => v.Node).Distinct().Count(), values.Sum(), values.Min(), values.Max(), Math.Round(values.Sum() / values.Count, 6));
            })
            .ToList();
    }

    public IReadOnlyList<EntityDegree> RankByDegree(DegreeQuery query)
    {
        var ranked = new List<EntityDegree>();
        foreach (var node in Matching(query.Kinds, query.Where))
        {
            // One node has no duplicate relationships (no self-loops), so its degree is a count of its adjacency.
            var degree = 0;
            if (query.Direction is Direction.Outgoing or Direction.Both)
            {
                degree += CountOf(node.Outgoing.Items, query.RelationshipKinds);
            }

            if (query.Direction is Direction.Incoming or Direction.Both)
            {
                degree += CountOf(node.Incoming.Items, query.RelationshipKinds);
            }

            if (degree > 0)
            {
                ranked.Add(new EntityDegree(node.Entity, degree));
            }
        }

        return ranked.OrderByDescending(d => d.Degree).ThenBy(d => d.Entity.Id, StringComparer.Ordinal).Take(Math.Max(0, query.Limit)).ToList();
    }

    private static int CountOf(ReadOnlySpan<Adjacent> adjacency, IReadOnlyList<RelationshipKind> kinds)
    {
        if (kinds.Count == 0)
        {
            return adjacency.Length;
        }

        var count = 0;
        foreach (var adjacent in adjacency)
        {
            if (kinds.Contains(adjacent.Relationship.Kind))
            {
                count++;
            }
        }

        return count;
    }

    private EntityPage FindFiltered(EntityQuery query, int mask)
    {
        if (ValuePage(query, mask) is { } page)
        {
            return page;
        }

        var candidates = ValueCandidates(query, mask) ?? _sorted.Get(mask, EntityOrder.Id, query.Attributes, EntitiesOfKinds);
        var matches = new List<Entity>();
        foreach (var entity in candidates)
        {
            if ((string.IsNullOrEmpty(query.Search) || MatchesSearch(entity, query.Search))
                && (query.Where is null || Matches(_nodes[entity.Id], query.Where)))
            {
                matches.Add(entity);
            }
        }

        var sort = query.EffectiveSort;
        matches.Sort((a, b) => Compare(a, b, sort));
        var offset = Math.Max(0, query.Offset);
        var items = matches.Skip(offset).Take(Math.Max(0, query.Limit)).ToList();
        return new EntityPage(items, matches.Count);
    }

    /// <summary>
    /// When the filter requires a value of one year and role (alone or among ANDed conditions), only the entities
    /// holding such a value can match: start from those instead of every entity of the kinds. Null otherwise.
    /// </summary>
    private IEnumerable<Entity>? ValueCandidates(EntityQuery query, int mask)
    {
        var required = query.Where switch
        {
            ValueFilter { Year: { } year, Role: { } role } => (year, role),
            AllFilter all => all.Filters.OfType<ValueFilter>().Where(v => v.Year is not null && v.Role is not null).Select(v => ((int, ValueRole)?)(v.Year!.Value, v.Role!.Value)).FirstOrDefault(),
            _ => null,
        };
        if (required is not { } key)
        {
            return null;
        }

        return _byValue.Nodes(key.Item1, key.Item2, mask).Where(n => SortedEntityLists.HasAttributes(n.Entity, query.Attributes)).Select(n => n.Entity);
    }

    /// <summary>
    /// The page straight from the value index when the filter is only "has a value of this year and role", of one kind,
    /// in id order, without text or attributes: a slice of the id-sorted set (e.g. each page of <c>indicatorReviews</c>).
    /// Null otherwise.
    /// </summary>
    private EntityPage? ValuePage(EntityQuery query, int mask)
    {
        if (query.Where is not ValueFilter { Year: { } year, Role: { } role, Unit: null, Kind: null, Range: null }
            || !string.IsNullOrEmpty(query.Search) || query.Attributes.Count > 0
            || query.EffectiveSort is not [{ Field: EntityOrder.Id } order]
            || !System.Numerics.BitOperations.IsPow2(mask))
        {
            return null;
        }

        var sorted = _byValue.Sorted(year, role, (EntityKind)System.Numerics.BitOperations.TrailingZeroCount(mask));
        return Slice(sorted, Math.Max(0, query.Offset), query.Limit, order.Descending, static n => n.Entity);
    }

    private static int Compare(Entity a, Entity b, IReadOnlyList<EntitySortKey> sort)
    {
        foreach (var key in sort)
        {
            var byKey = key.Field switch
            {
                EntityOrder.Name => string.CompareOrdinal(a.Name, b.Name),
                EntityOrder.NameEn => string.CompareOrdinal(a.NameEn, b.NameEn),
                EntityOrder.Kind => string.CompareOrdinal(_kindSortNames[(int)a.Kind], _kindSortNames[(int)b.Kind]),
                EntityOrder.Attribute when EntityRules.IsIntegerAttribute(key.Key ?? string.Empty) =>
                    NullsLast(IntegerAttribute(a, key.Key!), IntegerAttribute(b, key.Key!), (x, y) => x!.Value.CompareTo(y!.Value)),
                EntityOrder.Attribute => NullsLast(a.Attribute(key.Key ?? string.Empty), b.Attribute(key.Key ?? string.Empty), string.CompareOrdinal),
                EntityOrder.Value => NullsLast(key.ValueOf(a), key.ValueOf(b), (x, y) => x!.Value.CompareTo(y!.Value)),
                _ => string.CompareOrdinal(a.Id, b.Id),
            };
            if (byKey != 0)
            {
                return key.Descending ? -byKey : byKey;
            }
        }

        var byId = string.CompareOrdinal(a.Id, b.Id);
        return sort.Count > 0 && sort[^1].Descending ? -byId : byId;
    }

    private static long? IntegerAttribute(Entity entity, string key) =>
        long.TryParse(entity.Attribute(key), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>Missing sorts after present (so first when the key is descending), as Neo4j orders nulls.</summary>
    private static int NullsLast<T>(T? x, T? y, Func<T, T, int> compare) =>
        x is null ? (y is null ? 0 : 1) : y is null ? -1 : compare(x, y);

    private List<EntityNode> Matching(IReadOnlyList<EntityKind> kinds, EntityFilter? where)
    {
        var mask = 0;
        foreach (var kind in kinds)
        {
            mask |= 1 << (int)kind;
        }

        var result = new List<EntityNode>();
        for (var k = 0; k < _kindCount; k++)
        {
            if (mask != 0 && (mask & (1 << k)) == 0)
            {
                continue;
            }

            foreach (var node in _byKind[k])
            {
                if (where is null || Matches(node, where))
                {
                    result.Add(node);
                }
            }
        }

        return result;
    }

    private static IEnumerable<Relationship> RelationshipsOf(IEnumerable<EntityNode> nodes, Direction direction, IReadOnlyList<RelationshipKind> kinds)
    {
        var seen = new HashSet<Relationship>(ReferenceEqualityComparer.Instance);
        foreach (var node in nodes)
        {
            if (direction is Direction.Outgoing or Direction.Both)
            {
                for (var i = 0; i < node.Outgoing.Count; i++)
                {
                    var adjacent = node.Outgoing[i];
                    if ((kinds.Count == 0 || kinds.Contains(adjacent.Relationship.Kind)) && seen.Add(adjacent.Relationship))
                    {
                        yield return adjacent.Relationship;
                    }
                }
            }

            if (direction is Direction.Incoming or Direction.Both)
            {
                for (var i = 0; i < node.Incoming.Count; i++)
                {
                    var adjacent = node.Incoming[i];
                    if ((kinds.Count == 0 || kinds.Contains(adjacent.Relationship.Kind)) && seen.Add(adjacent.Relationship))
                    {
                        yield return adjacent.Relationship;
                    }
                }
            }
        }
    }

    /// <summary>The chapter a cited section belongs to (a chapter is its own); null for the plan or an unknown id.</summary>
    private Entity? ChapterOf(string sectionId)
    {
        if (!_nodes.TryGetValue(sectionId, out var node))
        {
            return null;
        }

        if (node.Entity.Kind == EntityKind.Chapter)
        {
            return node.Entity;
        }

        foreach (var adjacent in node.Outgoing)
        {
            if (adjacent.Relationship.Kind == RelationshipKind.PartOf && adjacent.Other.Entity.Kind == EntityKind.Chapter)
            {
                return adjacent.Other.Entity;
            }
        }

        return null;
    }

    private static bool Matches(EntityNode node, EntityFilter filter) => filter switch
    {
        AllFilter all => all.Filters.All(f => Matches(node, f)),
        AnyFilter any => any.Filters.Any(f => Matches(node, f)),
        NotFilter not => !Matches(node, not.Filter),
        KindFilter kind => kind.Kinds.Contains(node.Entity.Kind),
        TextFilter text => MatchesText(node.Entity, text),
        ValueFilter value => node.Entity.Values.Any(value.Matches),
        CommitmentFilter commitment => node.Entity.Attribute(CommitmentFilter.AttributeKey(commitment.Period)) == CommitmentFilter.AttributeValue(commitment.Commitment),
        RelatedFilter related => MatchesRelated(node, related),
        _ => throw new NotSupportedException($"filter {filter.GetType().Name} is not supported"),
    };

    private static bool MatchesText(Entity entity, TextFilter filter) => filter.Field switch
    {
        TextField.Id => filter.Matches(entity.Id),
        TextField.Name => filter.Matches(entity.Name),
        TextField.NameEn => filter.Matches(entity.NameEn),
        TextField.Alias => entity.Aliases.Any(filter.Matches),
        _ => filter.Key is { } key && entity.Attribute(key) is { } value && EntityRules.AttributeItems(key, value).Any(filter.Matches),
    };

    private static bool MatchesRelated(EntityNode node, RelatedFilter filter)
    {
        bool Fits(Adjacent adjacent) =>
            adjacent.Relationship.Kind == filter.Kind
            && (filter.OtherKinds.Count == 0 || filter.OtherKinds.Contains(adjacent.Other.Entity.Kind))
            && (filter.Other is null || Matches(adjacent.Other, filter.Other));

        return (filter.Direction is Direction.Outgoing or Direction.Both && Any(node.Outgoing.Items))
            || (filter.Direction is Direction.Incoming or Direction.Both && Any(node.Incoming.Items));

        bool Any(ReadOnlySpan<Adjacent> adjacency)
        {
            foreach (var adjacent in adjacency)
            {
                if (Fits(adjacent))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
