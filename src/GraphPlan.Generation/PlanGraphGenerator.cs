using Bogus;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Generation;

/// <summary>
/// Deterministic plan-shaped graphs of a chosen size, for load tests and benchmarks. The graph is a series of plans of
/// about <see cref="PlanSize"/> entities each (chapters and sections, goals, targets, indicators with yearly values, an
/// industry hierarchy, platforms, organizations, places, measures and many projects). Degrees are hub-heavy as in the
/// real plan: within a plan a few core industries and parks carry most edges and most entities are leaves. Plans are
/// joined through a shared set of regions and through platform cooperation, so hub degrees stay the same whatever the
/// graph's size. The same size and seed give the same graph.
/// </summary>
public sealed class PlanGraphGenerator
{
    /// <summary>Entities per plan; a graph of N entities has max(1, N / PlanSize) plans.</summary>
    public const int PlanSize = 1000;

    /// <summary>The smallest graph the generator makes (one plan needs room for every kind).</summary>
    public const int MinimumEntities = 100;

    private const int Regions = 50;

    private static readonly (string Name, string NameEn)[] _industries =
    [
        ("氢能", "hydrogen energy"), ("新材料", "new materials"), ("航空航天", "aerospace"), ("高端装备", "high-end equipment"),
        ("石油化工", "petrochemicals"), ("港口物流", "port logistics"), ("数字经济", "digital economy"), ("生物医药", "biomedicine"),
        ("光伏", "photovoltaics"), ("节能环保", "energy saving and environment"), ("汽车零部件", "auto parts"), ("集成电路", "integrated circuits"),
        ("现代纺织", "modern textiles"), ("智能制造", "smart manufacturing"), ("海洋经济", "marine economy"), ("文化旅游", "culture and tourism"),
        ("现代农业", "modern agriculture"), ("电子信息", "electronic information"), ("新能源汽车", "new-energy vehicles"), ("储能", "energy storage"),
    ];

    private static readonly string[] _projectTypes = ["industrial", "port-logistics", "transport", "urban", "environment", "public-service", "digital", "innovation", "safety", "agriculture", "generic"];
    private static readonly string[] _statuses = ["planned", "under-construction", "landed", "completed", "operating"];
    private static readonly string[] _platformTypes = ["industrial-park", "chemical-park", "bonded-zone", "development-zone", "innovation-complex", "incubator", "industry-base", "service-centre", "port"];
    private static readonly string[] _orgTypes = ["government", "state-owned", "enterprise", "university", "research", "port-operator", "other"];
    private static readonly string[] _placeTypes = ["district", "town", "village", "community", "port-area", "road"];
    private static readonly string[] _measureTypes = ["programme", "action", "reform", "strategy", "pilot", "policy"];
    private static readonly string[] _units = ["%", "亿元", "万吨", "万标箱", "个", "家", "公里", "吨标准煤/万元"];
    private static readonly string[] _categories = ["经济发展", "创新驱动", "民生福祉", "绿色生态", "安全保障"];

    private readonly Randomizer _random;
    private readonly string[] _places;
    private readonly string[] _companies;
    private readonly string[] _quotes;
    private readonly List<Entity> _entities;
    private readonly List<Relationship> _relationships;
    private readonly List<Entity> _hubPlatforms = [];

    private PlanGraphGenerator(int seed, int entities)
    {
        _random = new Randomizer(seed);
        var chinese = new Faker("zh_CN") { Random = _random };
        var english = new Faker("en") { Random = _random };
        // Pools drawn once: Bogus per entity would dominate the cost of a million-entity graph.
        _places = Enumerable.Range(0, 200).Select(_ => chinese.Address.City()).ToArray();
        _companies = Enumerable.Range(0, 400).Select(_ => chinese.Company.CompanyName()).ToArray();
        _quotes = Enumerable.Range(0, 500).Select(_ => english.Lorem.Sentence(8)).ToArray();
        _entities = new List<Entity>(entities + Regions);
        _relationships = new List<Relationship>(entities * 3);
    }

    /// <summary>Makes a graph of exactly <paramref name="entities"/> entities (at least <see cref="MinimumEntities"/>).</summary>
    public static GraphData Generate(int entities, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(entities, MinimumEntities);
        var generator = new PlanGraphGenerator(seed, entities);
        var plans = Math.Max(1, entities / PlanSize);
        var regions = plans > 1 ? generator.AddRegions(Math.Min(Regions, plans)) : [];
        var remaining = entities - regions.Count;
        for (var plan = 0; plan < plans; plan++)
        {
            var budget = remaining / (plans - plan);
            generator.AddPlan(plan, budget, regions);
            remaining -= budget;
        }

        return new GraphData(generator._entities, generator._relationships);
    }

    /// <summary>The id the generator gives an entity of <paramref name="kind"/> in plan <paramref name="plan"/>.</summary>
    public static string IdOf(EntityKind kind, int plan, string slug) => $"{GraphNames.IdPrefix(kind)}:p{plan}-{slug}";

    /// <summary>The busiest industry of a plan: most projects belong to it.</summary>
    public static string HubIndustry(int plan) => IdOf(EntityKind.Industry, plan, "core-0");

    /// <summary>The busiest park of a plan: most projects are hosted on it.</summary>
    public static string HubPlatform(int plan) => IdOf(EntityKind.Platform, plan, "0");

    /// <summary>A target of the hub industry, with supporters out to three hops.</summary>
    public static string HubTarget(int plan) => IdOf(EntityKind.Target, plan, "0");

    /// <summary>An indicator with yearly values (baseline, 2020 actual and target, 2025 target).</summary>
    public static string SampleIndicator(int plan) => IdOf(EntityKind.Indicator, plan, "0");

    private List<Entity> AddRegions(int count)
    {
        var regions = new List<Entity>(count);
        for (var i = 0; i < count; i++)
        {
            var region = new Entity
            {
                Id = $"place:region-{i}",
                Kind = EntityKind.Place,
                Name = _places[i % _places.Length] + "区域" + i,
                NameEn = $"Region {i}",
                Attributes = new Dictionary<string, string> { ["placeType"] = "region" },
                Provenance = [new Provenance("section:regions", Quote())],
            };
            regions.Add(region);
            _entities.Add(region);
        }

        return regions;
    }

    private void AddPlan(int plan, int budget, List<Entity> regions)
    {
        var p = $"p{plan}";
        var rootSection = IdOf(EntityKind.Section, plan, "1.1");
        var chapters = Math.Max(1, budget / 100);
        var sections = chapters * 4;
        var goals = Math.Max(1, budget / 125);
        var indicators = Math.Max(2, budget / 35);
        var targets = Math.Max(2, budget / 35);
        var cores = 4;
        var sectors = Math.Max(1, budget / 60);
        var segments = Math.Max(1, budget / 25);
        var platforms = Math.Max(2, budget / 30);
        var organizations = Math.Max(1, budget / 25);
        var places = Math.Max(1, budget / 50);
        var measures = Math.Max(1, budget / 25);
        var projects = budget - 1 - chapters - sections - goals - indicators - targets - cores - sectors - segments - platforms - organizations - places - measures;

        Entity Make(EntityKind kind, string slug, string name, string nameEn, Dictionary<string, string>? attributes = null, IReadOnlyList<Measurement>? values = null)
        {
            var entity = new Entity
            {
                Id = IdOf(kind, plan, slug),
                Kind = kind,
                Name = name,
                NameEn = nameEn,
                Attributes = attributes ?? new Dictionary<string, string>(),
                Values = values ?? [],
                Provenance = [new Provenance(rootSection, Quote())],
            };
            _entities.Add(entity);
            return entity;
        }

        var planName = _places[plan % _places.Length];
        var root = Make(EntityKind.Plan, "plan", $"{planName}第十四个五年规划 {plan}", $"Plan {plan} of {planName}", new() { ["periodStart"] = "2021", ["periodEnd"] = "2025", ["visionYear"] = "2035" });

        var chapterList = new Entity[chapters];
        var sectionList = new Entity[sections];
        for (var c = 0; c < chapters; c++)
        {
            chapterList[c] = Make(EntityKind.Chapter, $"{c + 1}", $"第{c + 1}章", $"Chapter {c + 1}", new() { ["number"] = $"{c + 1}" });
            Link(chapterList[c], RelationshipKind.PartOf, root, rootSection);
            for (var s = 0; s < 4; s++)
            {
                var section = Make(EntityKind.Section, $"{c + 1}.{s + 1}", $"第{c + 1}章第{s + 1}节", $"Section {c + 1}.{s + 1}", new() { ["number"] = $"{c + 1}.{s + 1}" });
                sectionList[(c * 4) + s] = section;
                Link(section, RelationshipKind.PartOf, chapterList[c], rootSection);
            }
        }

        // Industry hierarchy: a few cores, sectors under them (mostly under the first), segments under the sectors.
        var industryList = new List<Entity>(cores + sectors + segments);
        var coreList = new Entity[cores];
        for (var i = 0; i < cores; i++)
        {
            var (name, nameEn) = _industries[(plan + i) % _industries.Length];
            coreList[i] = Make(EntityKind.Industry, $"core-{i}", name + "产业", $"{nameEn} industry", new() { ["level"] = "core" });
            industryList.Add(coreList[i]);
        }

        var sectorList = new Entity[sectors];
        for (var i = 0; i < sectors; i++)
        {
            var (name, nameEn) = _industries[_random.Number(_industries.Length - 1)];
            sectorList[i] = Make(EntityKind.Industry, $"sector-{i}", $"{name}细分{i}", $"{nameEn} sector {i}", new() { ["level"] = "sector" });
            Link(sectorList[i], RelationshipKind.PartOf, coreList[Skewed(cores)], Section(sectionList));
            industryList.Add(sectorList[i]);
        }

        for (var i = 0; i < segments; i++)
        {
            var (name, nameEn) = _industries[_random.Number(_industries.Length - 1)];
            var segment = Make(EntityKind.Industry, $"segment-{i}", $"{name}环节{i}", $"{nameEn} segment {i}", new() { ["level"] = "segment" });
            Link(segment, RelationshipKind.PartOf, sectorList[Skewed(sectors)], Section(sectionList));
            industryList.Add(segment);
        }

        // Indicators with yearly values, targets measured by them, goals owning targets, industries owning targets.
        var indicatorList = new Entity[indicators];
        for (var i = 0; i < indicators; i++)
        {
            var unit = _units[_random.Number(_units.Length - 1)];
            var baseline = _random.Int(10, 1000);
            indicatorList[i] = Make(
                EntityKind.Indicator,
                $"{i}",
                $"{_categories[i % _categories.Length]}指标{i}",
                $"Indicator {i} of plan {plan}",
                new()
                {
                    ["unit"] = unit,
                    ["category"] = _categories[i % _categories.Length],
                    ["attribute"] = _random.Bool(0.3f) ? "binding" : "expected",
                    ["polarity"] = _random.Bool(0.8f) ? "higher-is-better" : "lower-is-better",
                    ["table"] = "2-1",
                    ["row"] = $"{i + 1}",
                },
                [
                    Value(2015, ValueRole.Baseline, baseline, unit),
                    Value(2020, ValueRole.Target, baseline * 1.3m, unit),
                    Value(2020, ValueRole.Actual, baseline * (1.1m + (_random.Int(0, 40) / 100m)), unit),
                    Value(2025, ValueRole.Target, baseline * 1.8m, unit),
                ]);
        }

        var goalList = new Entity[goals];
        for (var i = 0; i < goals; i++)
        {
            goalList[i] = Make(EntityKind.Goal, $"{i}", $"发展目标{i}", $"Goal {i} of plan {plan}", new() { ["horizon"] = "2025", ["goalType"] = i == 0 ? "main" : "sector" });
            Link(goalList[i], RelationshipKind.MeasuredBy, indicatorList[i % indicators], Section(sectionList));
        }

        var targetList = new Entity[targets];
        for (var i = 0; i < targets; i++)
        {
            var unit = _units[_random.Number(_units.Length - 1)];
            targetList[i] = Make(EntityKind.Target, $"{i}", $"{coreList[i % cores].Name}目标{i}", $"Target {i} of plan {plan}", new() { ["year"] = "2025" }, [Value(2025, ValueRole.Target, _random.Int(1, 1000), unit)]);
            Link(targetList[i], RelationshipKind.MeasuredBy, indicatorList[i % indicators], Section(sectionList));
            Link(goalList[i % goals], RelationshipKind.HasTarget, targetList[i], Section(sectionList));
            // The first targets belong to the core industries, the rest to sectors, skewed to the first ones.
            Link(i < cores ? coreList[i] : sectorList[Skewed(sectors)], RelationshipKind.HasTarget, targetList[i], Section(sectionList));
        }

        var placeList = new Entity[places];
        for (var i = 0; i < places; i++)
        {
            placeList[i] = Make(EntityKind.Place, $"{i}", $"{_places[_random.Number(_places.Length - 1)]}{i}", $"Place {i} of plan {plan}", new() { ["placeType"] = _placeTypes[i % _placeTypes.Length] });
            if (regions.Count > 0)
            {
                Link(placeList[i], RelationshipKind.PartOf, regions[plan % regions.Count], Section(sectionList));
            }
        }

        // Parks: the first two are the hubs most projects are hosted on.
        var platformList = new Entity[platforms];
        for (var i = 0; i < platforms; i++)
        {
            var core = coreList[Skewed(cores)];
            platformList[i] = Make(
                EntityKind.Platform,
                $"{i}",
                $"{planName}{core.Name[..^2]}园区{i}",
                $"{core.NameEn[..^9]} park {i} of plan {plan}",
                new() { ["platformType"] = _platformTypes[Skewed(_platformTypes.Length)], ["level"] = i < 2 ? "provincial" : "municipal" });
            Link(platformList[i], RelationshipKind.FocusesOn, core, Section(sectionList));
            var second = industryList[_random.Number(industryList.Count - 1)];
            if (_random.Bool(0.5f) && second != core)
            {
                Link(platformList[i], RelationshipKind.FocusesOn, second, Section(sectionList));
            }

            Link(platformList[i], RelationshipKind.LocatedIn, placeList[Skewed(places)], Section(sectionList));
            if (i == 0 && plan > 0)
            {
                Link(platformList[i], RelationshipKind.CooperatesWith, _hubPlatforms[plan - 1], Section(sectionList));
            }
        }

        if (plan > 0 && _random.Bool(0.5f))
        {
            Link(platformList[1], RelationshipKind.CooperatesWith, _hubPlatforms[_random.Number(plan - 1)], Section(sectionList));
        }

        _hubPlatforms.Add(platformList[0]);

        for (var i = 0; i < organizations; i++)
        {
            var organization = Make(EntityKind.Organization, $"{i}", $"{_companies[_random.Number(_companies.Length - 1)]}{i}", $"Organization {i} of plan {plan}", new() { ["orgType"] = _orgTypes[Skewed(_orgTypes.Length)] });
            Link(organization, RelationshipKind.HostedOn, platformList[Skewed(platforms)], Section(sectionList));
            Link(organization, RelationshipKind.FocusesOn, industryList[Skewed(industryList.Count)], Section(sectionList));
        }

        for (var i = 0; i < measures; i++)
        {
            var measure = Make(EntityKind.Measure, $"{i}", $"{coreList[i % cores].Name}行动{i}", $"Measure {i} of plan {plan}", new() { ["measureType"] = _measureTypes[i % _measureTypes.Length] });
            Link(measure, RelationshipKind.Supports, targetList[Skewed(targets)], Section(sectionList));
            Link(measure, RelationshipKind.MentionedIn, Section(sectionList), rootSection);
        }

        // Projects: the leaves. Most belong to the first core industry and are hosted on the first parks.
        for (var i = 0; i < projects; i++)
        {
            var industry = _random.Bool(0.5f) ? coreList[Skewed(cores)] : industryList[_random.Number(industryList.Count - 1)];
            var project = Make(
                EntityKind.Project,
                $"{i}",
                $"{_companies[_random.Number(_companies.Length - 1)]}{industry.Name}项目{i}",
                $"{industry.NameEn} project {i} of plan {plan}",
                new()
                {
                    ["status"] = _statuses[_random.Number(_statuses.Length - 1)],
                    ["projectType"] = _projectTypes[Skewed(_projectTypes.Length)],
                    ["period"] = "14th",
                });
            Link(project, RelationshipKind.BelongsToIndustry, industry, Section(sectionList));
            Link(project, RelationshipKind.HostedOn, platformList[Skewed(platforms)], Section(sectionList));
            if (_random.Bool(0.3f))
            {
                Link(project, RelationshipKind.Supports, targetList[Skewed(targets)], Section(sectionList));
            }

            if (_random.Bool(0.4f))
            {
                Link(project, RelationshipKind.LocatedIn, placeList[Skewed(places)], Section(sectionList));
            }

            if (_random.Bool(0.2f))
            {
                Link(project, RelationshipKind.MentionedIn, Section(sectionList), rootSection);
            }
        }
    }

    private void Link(Entity from, RelationshipKind kind, Entity to, Entity section) => Link(from, kind, to, section.Id);

    private void Link(Entity from, RelationshipKind kind, Entity to, string section)
    {
        if (from.Id != to.Id)
        {
            _relationships.Add(new Relationship(from.Id, kind, to.Id) { Provenance = [new Provenance(section, Quote(), Basis.Stated)] });
        }
    }

    private Entity Section(Entity[] sections) => sections[_random.Number(sections.Length - 1)];

    private string Quote() => _quotes[_random.Number(_quotes.Length - 1)];

    /// <summary>An index in [0, count) skewed towards 0: about half the draws land in the first tenth.</summary>
    private int Skewed(int count) => Math.Min(count - 1, (int)(count * Math.Pow(_random.Double(), 3)));

    private static Measurement Value(int year, ValueRole role, decimal value, string unit)
    {
        var rounded = Math.Round(value, 1);
        return new Measurement { Year = year, Role = role, Text = rounded.ToString(System.Globalization.CultureInfo.InvariantCulture), Value = rounded, Unit = unit };
    }
}
