using Bogus;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Testing;

/// <summary>
/// Deterministic plan-shaped graphs: per plan, chapters and sections, an industry hierarchy with a few core hubs,
/// indicators and targets, many projects skewed towards a few industries and parks, platforms, organizations.
/// </summary>
public static class GeneratedPlanGraph
{
    public static GraphData Create(int plans, int seed)
    {
        var faker = new Faker("zh_CN") { Random = new Randomizer(seed) };
        var entities = new List<Entity>();
        var relationships = new List<Relationship>();
        for (var p = 0; p < plans; p++)
        {
            AddPlan(faker, $"p{p}", entities, relationships);
        }

        return new GraphData(entities, relationships);
    }

    private static void AddPlan(Faker faker, string plan, List<Entity> entities, List<Relationship> relationships)
    {
        var section = $"section:{plan}-1.1";
        Entity Make(EntityKind kind, string slug, string? name = null) => new()
        {
            Id = $"{GraphNames.IdPrefix(kind)}:{plan}-{slug}",
            Kind = kind,
            Name = name ?? faker.Lorem.Word() + faker.Random.Int(1, 999),
            NameEn = $"{kind} {plan} {slug}",
            Provenance = [new Provenance(section, faker.Lorem.Sentence())],
        };

        void Link(Entity from, RelationshipKind kind, Entity to)
        {
            var relationship = new Relationship(from.Id, kind, to.Id) { Provenance = [new Provenance(section, faker.Lorem.Sentence())] };
            if (from.Id != to.Id && !relationships.Any(r => r.Id == relationship.Id))
            {
                relationships.Add(relationship);
            }
        }

        var root = Make(EntityKind.Plan, "plan") with { Provenance = [new Provenance(section, "plan")] };
        var sectionEntity = Make(EntityKind.Section, "1.1") with { Id = section };
        entities.AddRange([root, sectionEntity]);
        Link(sectionEntity, RelationshipKind.PartOf, root);

        var core = Enumerable.Range(0, 3).Select(i => Make(EntityKind.Industry, $"core-{i}", faker.Commerce.Department())).ToList();
        var sectors = Enumerable.Range(0, 9).Select(i => Make(EntityKind.Industry, $"sector-{i}", faker.Commerce.Categories(1)[0])).ToList();
        var indicators = Enumerable.Range(0, 12).Select(i => Make(EntityKind.Indicator, $"indicator-{i}")).ToList();
        var targets = Enumerable.Range(0, 12).Select(i => Make(EntityKind.Target, $"target-{i}") with
        {
            Values = [new Measurement { Year = 2025, Role = ValueRole.Target, Text = "100", Value = faker.Random.Int(1, 1000), Unit = "亿元" }],
        }).ToList();
        var platforms = Enumerable.Range(0, 6).Select(i => Make(EntityKind.Platform, $"platform-{i}", faker.Company.CompanyName())).ToList();
        var projects = Enumerable.Range(0, 40).Select(i => Make(EntityKind.Project, $"project-{i}", faker.Company.CompanyName())).ToList();
        entities.AddRange(core.Concat(sectors).Concat(indicators).Concat(targets).Concat(platforms).Concat(projects));

        foreach (var sector in sectors)
        {
            Link(sector, RelationshipKind.PartOf, faker.PickRandom(core));
        }

        for (var i = 0; i < targets.Count; i++)
        {
            Link(targets[i], RelationshipKind.MeasuredBy, indicators[i]);
            Link(i < 3 ? core[i] : faker.PickRandom(sectors), RelationshipKind.HasTarget, targets[i]);
        }

        foreach (var platform in platforms)
        {
            Link(platform, RelationshipKind.FocusesOn, faker.PickRandom(core));
        }

        foreach (var project in projects)
        {
            // Skewed towards the first industries and platforms, so a few hubs carry most edges, as in the plan.
            Link(project, RelationshipKind.BelongsToIndustry, faker.Random.Bool(0.6f) ? core[0] : faker.PickRandom(sectors));
            Link(project, RelationshipKind.HostedOn, faker.Random.Bool(0.5f) ? platforms[0] : faker.PickRandom(platforms));
            if (faker.Random.Bool(0.3f))
            {
                Link(project, RelationshipKind.Supports, faker.PickRandom(targets));
            }
        }
    }
}
