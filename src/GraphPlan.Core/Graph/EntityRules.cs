using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace GraphPlan.Core.Graph;

/// <summary>What makes an entity or a relationship well formed. Shared by the seed validator and every store's writes.</summary>
public static partial class EntityRules
{
    public const int MaxIdLength = 128;

    /// <summary>A relationship's reasoning is one short sentence, not an essay.</summary>
    public const int MaxReasoningLength = 300;

    private static readonly string[] _yesNo = ["true", "false"];
    private static readonly string[] _levels = ["national", "provincial", "municipal", "district", "external"];

    private static readonly FrozenDictionary<EntityKind, FrozenDictionary<string, AttributeRule>> _attributes =
        new Dictionary<EntityKind, AttributeRule[]>
        {
            [EntityKind.Plan] = [new("periodStart", "first year", IsInteger: true), new("periodEnd", "last year", IsInteger: true), new("visionYear", "long-range vision year", IsInteger: true)],
            [EntityKind.Chapter] = [new("number", "chapter number", IsInteger: true)],
            [EntityKind.Section] = [new("number", "chapter.section, e.g. 3.2"), new("headingInferred", "the heading was lost in the text and recovered from the content", _yesNo), new("heading", "the full heading line")],
            [EntityKind.Goal] = [new("horizon", "the year the goal looks to", IsInteger: true), new("goalType", "kind of goal", ["main", "vision", "positioning", "sector"])],
            [EntityKind.Target] = [new("year", "the year the target is due", IsInteger: true)],
            [EntityKind.Indicator] =
            [
                new("unit", "unit of measure"),
                new("category", "the table's category (一级指标)"),
                new("category13th", "the category in the 13th-plan review table (Table 1-1), when it differs from the 14th-plan one"),
                new("attribute", "binding (约束性) or expected (预期性) in the 14th-plan table (Table 2-1)", ["binding", "expected"]),
                new("attribute13th", "binding (市下达约束性指标) in the 13th-plan review table (Table 1-1); its other rows carry no such mark", ["binding", "expected"]),
                new("polarity", "which way is better", ["higher-is-better", "lower-is-better"]),
                new("table", "the tables the indicator is a row of, space-separated (e.g. 1-1 2-1)", ["1-1", "2-1", "prose"], IsList: true),
                new("row", "row number in the 14th-plan table", IsInteger: true),
                new("row13th", "row number in the 13th-plan review table", IsInteger: true),
            ],
            [EntityKind.Industry] = [new("level", "place in the industry hierarchy", ["core", "sector", "segment", "context"])],
            [EntityKind.Project] =
            [
                new("status", "stage the plan reports", ["planned", "under-construction", "landed", "completed", "operating"]),
                new("projectType", "what sort of project", ["industrial", "port-logistics", "transport", "urban", "environment", "public-service", "digital", "innovation", "safety", "agriculture", "generic"]),
                new("period", "the five-year plan that reports it", ["13th", "14th"]),
                new("capacity", "capacity as written"),
            ],
            [EntityKind.Platform] =
            [
                new("platformType", "sort of platform", ["industrial-park", "chemical-park", "bonded-zone", "free-trade-zone", "development-zone", "innovation-complex", "incubator", "industry-base", "demonstration-zone", "service-centre", "trade-platform", "digital-platform", "urban-district", "corridor", "port"]),
                new("level", "who designated it", _levels),
                new("external", "lies outside the port area", _yesNo),
            ],
            [EntityKind.Organization] = [new("orgType", "sort of organization", ["government", "state-owned", "enterprise", "university", "hospital", "research", "port-operator", "other"])],
            [EntityKind.Place] = [new("placeType", "sort of place", ["district", "town", "village", "community", "port-area", "road", "waterway", "region", "city", "country", "heritage-site"])],
            [EntityKind.Measure] = [new("measureType", "sort of measure", ["programme", "action", "reform", "strategy", "pilot", "policy"])],
        }.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(r => r.Key, StringComparer.Ordinal));

    private static readonly EntityKind[] _structure = [EntityKind.Plan, EntityKind.Chapter, EntityKind.Section];
    private static readonly EntityKind[] _content = Enum.GetValues<EntityKind>().Except(_structure).ToArray();
    private static readonly EntityKind[] _any = Enum.GetValues<EntityKind>();

    private static readonly FrozenDictionary<RelationshipKind, (EntityKind[] From, EntityKind[] To)> _endpoints =
        new Dictionary<RelationshipKind, (EntityKind[], EntityKind[])>
        {
            [RelationshipKind.Supports] = (_content, _content),
            [RelationshipKind.MeasuredBy] = ([EntityKind.Target, EntityKind.Goal], [EntityKind.Indicator]),
            [RelationshipKind.HasTarget] = ([EntityKind.Goal, EntityKind.Industry, EntityKind.Platform, EntityKind.Project, EntityKind.Measure, EntityKind.Plan], [EntityKind.Target]),
            [RelationshipKind.BelongsToIndustry] = ([EntityKind.Project, EntityKind.Platform, EntityKind.Organization, EntityKind.Measure, EntityKind.Target, EntityKind.Indicator], [EntityKind.Industry]),
            [RelationshipKind.FocusesOn] = ([EntityKind.Platform, EntityKind.Organization, EntityKind.Measure, EntityKind.Place, EntityKind.Project], [EntityKind.Industry]),
            [RelationshipKind.HostedOn] = ([EntityKind.Project, EntityKind.Platform, EntityKind.Organization, EntityKind.Measure], [EntityKind.Platform]),
            [RelationshipKind.PartOf] = (_any, _any),
            [RelationshipKind.LocatedIn] = ([EntityKind.Project, EntityKind.Platform, EntityKind.Organization, EntityKind.Place], [EntityKind.Place]),
            [RelationshipKind.CooperatesWith] = (_content, _content),
            [RelationshipKind.DependsOn] = (_content, _content),
            [RelationshipKind.MentionedIn] = (_any, [EntityKind.Section, EntityKind.Chapter]),
        }.ToFrozenDictionary();

    private static readonly FrozenSet<string> _listAttributes = _attributes.Values.SelectMany(r => r.Values).Where(r => r.IsList).Select(r => r.Key).ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, AttributeRule> AttributesOf(EntityKind kind) => _attributes[kind];

    private static readonly FrozenSet<string> _integerAttributes = _attributes.Values.SelectMany(r => r.Values).GroupBy(r => r.Key, StringComparer.Ordinal).Where(g => g.All(r => r.IsInteger)).Select(g => g.Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the key names a whole-number attribute (for every kind that has it): sorts then compare numbers, so row 10 follows row 9.</summary>
    public static bool IsIntegerAttribute(string key) => _integerAttributes.Contains(key);

    /// <summary>True when the key names a list-valued attribute (for some kind): filters then match its items.</summary>
    public static bool IsListAttribute(string key) => _listAttributes.Contains(key);

    /// <summary>The items a filter compares for the attribute's value.</summary>
    public static IReadOnlyList<string> AttributeItems(string key, string value) => AttributeRule.Items(value, IsListAttribute(key));

    public static (IReadOnlyList<EntityKind> From, IReadOnlyList<EntityKind> To) EndpointsOf(RelationshipKind kind) => _endpoints[kind];

    /// <summary>Problems with the entity on its own (not its references); empty when it is well formed.</summary>
    public static IReadOnlyList<string> Check(Entity entity)
    {
        var problems = new List<string>();
        CheckId(entity.Id, entity.Kind, problems);
        if (string.IsNullOrWhiteSpace(entity.Name))
        {
            problems.Add("name (Chinese, as written in the plan) is missing");
        }

        if (string.IsNullOrWhiteSpace(entity.NameEn))
        {
            problems.Add("nameEn (English name) is missing");
        }

        if (entity.Aliases.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("an alias is empty");
        }

        CheckText("name", entity.Name, problems);
        CheckText("nameEn", entity.NameEn, problems);
        foreach (var alias in entity.Aliases)
        {
            CheckText("an alias", alias, problems);
        }

        var rules = _attributes[entity.Kind];
        foreach (var (key, value) in entity.Attributes)
        {
            if (!rules.TryGetValue(key, out var rule))
            {
                problems.Add($"attribute '{key}' is not known for kind {entity.Kind} (known: {string.Join(", ", rules.Keys)})");
            }
            else if (rule.Check(value) is { } problem)
            {
                problems.Add(problem);
            }

            CheckText($"attribute '{key}'", value, problems);
        }

        foreach (var value in entity.Values)
        {
            CheckValue(value, problems);
        }

        CheckProvenance(entity.Provenance, problems);
        return problems;
    }

    /// <summary>Problems with the relationship given its endpoints' kinds; empty when it is well formed.</summary>
    public static IReadOnlyList<string> Check(Relationship relationship, EntityKind fromKind, EntityKind toKind)
    {
        var problems = new List<string>();
        if (relationship.From == relationship.To)
        {
            problems.Add($"{relationship.From} cannot be related to itself");
        }

        var (from, to) = _endpoints[relationship.Kind];
        if (!from.Contains(fromKind))
        {
            problems.Add($"{GraphNames.Of(relationship.Kind)} cannot start at a {fromKind} (allowed: {string.Join(", ", from)})");
        }

        if (!to.Contains(toKind))
        {
            problems.Add($"{GraphNames.Of(relationship.Kind)} cannot end at a {toKind} (allowed: {string.Join(", ", to)})");
        }

        CheckProvenance(relationship.Provenance, problems);
        CheckReasoning(relationship, problems);
        return problems;
    }

    /// <summary>
    /// Problems with a relationship about to be stored, given the kinds of its ends, or null for an end that is
    /// not an entity: missing ends first, then the checks of <see cref="Check(Relationship, EntityKind, EntityKind)"/>.
    /// </summary>
    public static IReadOnlyList<string> CheckLink(Relationship relationship, EntityKind? fromKind, EntityKind? toKind)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var problems = new List<string>();
        if (fromKind is null)
        {
            problems.Add($"'from' names '{relationship.From}', which is not an entity");
        }

        if (toKind is null)
        {
            problems.Add($"'to' names '{relationship.To}', which is not an entity");
        }

        if (fromKind is { } from && toKind is { } to)
        {
            problems.AddRange(Check(relationship, from, to));
        }

        return problems;
    }

    public static bool IsWellFormedId(string? id) => id is not null && id.Length <= MaxIdLength && IdPattern().IsMatch(id);

    /// <summary>The kind an id's prefix names, if the id is well formed.</summary>
    public static EntityKind? KindOfId(string id)
    {
        if (!IsWellFormedId(id))
        {
            return null;
        }

        var prefix = id[..id.IndexOf(':', StringComparison.Ordinal)];
        return Enum.GetValues<EntityKind>().Where(k => GraphNames.IdPrefix(k) == prefix).Select(k => (EntityKind?)k).FirstOrDefault();
    }

    private static void CheckId(string id, EntityKind kind, List<string> problems)
    {
        if (!IsWellFormedId(id))
        {
            problems.Add($"id '{id}' is malformed: use '<kind>:<slug>' with lower-case letters, digits, '.', '-' (at most {MaxIdLength} characters)");
        }
        else if (!id.StartsWith(GraphNames.IdPrefix(kind) + ":", StringComparison.Ordinal))
        {
            problems.Add($"id '{id}' must start with '{GraphNames.IdPrefix(kind)}:' for kind {kind}");
        }
    }

    private static void CheckValue(Measurement value, List<string> problems)
    {
        if (value.Year is < 1949 or > 2100)
        {
            problems.Add($"value year {value.Year} is outside 1949-2100");
        }

        if (string.IsNullOrWhiteSpace(value.Text))
        {
            problems.Add($"value for {value.Year} has no text (the figure as written)");
        }

        CheckText($"the text of the value for {value.Year}", value.Text, problems);
        CheckText($"the unit of the value for {value.Year}", value.Unit, problems);

        if (value.Kind == ValueKind.Number && value.Value is null)
        {
            problems.Add($"value for {value.Year} ('{value.Text}') is a number but has no numeric value");
        }

        if (value.Kind != ValueKind.Number && value.Value is not null)
        {
            problems.Add($"value for {value.Year} ('{value.Text}') is {value.Kind} and cannot carry a number");
        }
    }

    private static void CheckProvenance(IReadOnlyList<Provenance> provenance, List<string> problems)
    {
        if (provenance.Count == 0)
        {
            problems.Add("provenance is missing: cite the section and the sentence that states it");
        }

        foreach (var p in provenance)
        {
            if (string.IsNullOrWhiteSpace(p.Quote))
            {
                problems.Add("a provenance quote is empty");
            }

            if (string.IsNullOrWhiteSpace(p.Section))
            {
                problems.Add("a provenance entry names no section");
            }

            if (p.Basis == Basis.External && string.IsNullOrWhiteSpace(p.Source))
            {
                problems.Add("an external provenance must name its source");
            }

            CheckText("a provenance section", p.Section, problems);
            CheckText("a provenance quote", p.Quote, problems, allowLineBreaks: true);
            CheckText("a provenance source", p.Source, problems);
        }
    }

    /// <summary>
    /// The first character of <paramref name="text"/> that no text of the graph may hold, or null: control characters
    /// (tab, line feed and carriage return only where <paramref name="allowLineBreaks"/>), unpaired surrogates and the
    /// non-characters U+FFFE/U+FFFF. None of them is in the plan, and XML (hence GraphML) cannot carry most of them.
    /// </summary>
    public static int? ForbiddenCharacterAt(string? text, bool allowLineBreaks = false)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var lineBreak = c is '\t' or '\n' or '\r';
            if ((char.IsControl(c) && !(lineBreak && allowLineBreaks)) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return null;
    }

    private static void CheckText(string what, string? text, List<string> problems, bool allowLineBreaks = false)
    {
        if (ForbiddenCharacterAt(text, allowLineBreaks) is { } at)
        {
            problems.Add($"{what} holds the character U+{(int)text![at]:X4} at position {at}: control characters{(allowLineBreaks ? " (other than tab and line breaks)" : string.Empty)}, unpaired surrogates and U+FFFE/U+FFFF are not allowed");
        }
    }

    private static void CheckReasoning(Relationship relationship, List<string> problems)
    {
        if (relationship.Reasoning is { } reasoning)
        {
            if (string.IsNullOrWhiteSpace(reasoning))
            {
                problems.Add("reasoning is empty: leave it out or say in one sentence why the link holds");
            }
            else if (reasoning.Length > MaxReasoningLength)
            {
                problems.Add($"reasoning is {reasoning.Length} characters long; keep it to one sentence of at most {MaxReasoningLength}");
            }
        }
        else if (relationship.Provenance.Count > 0 && relationship.Basis == Basis.Inferred)
        {
            problems.Add("an Inferred relationship needs a reasoning: one English sentence saying why the link holds");
        }
    }

    // \z, not $: $ also matches before a final line feed, so "project:x\n" would pass.
    [GeneratedRegex("^[a-z]+:[a-z0-9][a-z0-9.\\-]*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
