using System.Globalization;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace GraphPlan.Core.Seed;

/// <summary>
/// Reads every <c>*.yaml</c> file under the seed folder and checks the whole graph before anything is stored:
/// unknown kinds, malformed values, duplicate ids, dangling references and quotes missing from the plan text
/// all stop the load, each reported with its file and entry.
/// </summary>
public static class SeedLoader
{
    /// <summary>The folder, under the seed folder, holding the plan text that quotes are checked against.</summary>
    public const string SourceFolder = "source";

    private static readonly IDeserializer _yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Loads and validates the seed, or throws <see cref="SeedValidationException"/> listing every problem.</summary>
    public static SeedSet Load(string directory)
    {
        var (set, errors) = Read(directory);
        return errors.Count > 0 ? throw new SeedValidationException(errors) : set;
    }

    /// <summary>Loads the seed and returns what it holds together with every problem found.</summary>
    public static (SeedSet Set, IReadOnlyList<SeedError> Errors) Read(string directory)
    {
        var errors = new List<SeedError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new(directory, "(folder)", "the seed folder does not exist"));
            return (new SeedSet(new GraphData([], []), null, []), errors);
        }

        var files = Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var sourceText = ReadSource(directory);

        var entities = new List<Entity>();
        var relationships = new List<Relationship>();
        var origins = new Dictionary<string, (string File, string Entry)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var parsed = Parse(directory, file, errors);
            if (parsed is null)
            {
                continue;
            }

            for (var i = 0; i < (parsed.Entities?.Count ?? 0); i++)
            {
                var raw = parsed.Entities![i];
                var entry = $"entities[{i}] ({raw.Id ?? "no id"})";
                if (ToEntity(raw, file, entry, errors) is not { } entity)
                {
                    continue;
                }

                if (origins.TryGetValue(entity.Id, out var first))
                {
                    errors.Add(new(file, entry, $"duplicate id '{entity.Id}': already defined in {first.File} {first.Entry}"));
                    continue;
                }

                origins[entity.Id] = (file, entry);
                entities.Add(entity);
            }

            for (var i = 0; i < (parsed.Relationships?.Count ?? 0); i++)
            {
                var raw = parsed.Relationships![i];
                var entry = $"relationships[{i}] ({raw.From ?? "?"} {raw.Type ?? "?"} {raw.To ?? "?"})";
                if (ToRelationship(raw, file, entry, errors) is not { } relationship)
                {
                    continue;
                }

                if (origins.TryGetValue(relationship.Id, out var first))
                {
                    errors.Add(new(file, entry, $"duplicate relationship: already defined in {first.File} {first.Entry}"));
                    continue;
                }

                origins[relationship.Id] = (file, entry);
                relationships.Add(relationship);
            }
        }

        var graph = new GraphData(entities, relationships);
        foreach (var problem in GraphRules.Check(graph))
        {
            var (file, entry) = origins.TryGetValue(problem.Subject, out var origin) ? origin : ("(seed)", problem.Subject);
            errors.Add(new(file, entry, problem.Problem));
        }

        if (sourceText is not null)
        {
            CheckQuotes(graph, sourceText, origins, errors);
        }

        return (new SeedSet(graph, sourceText, files), errors);
    }

    private static string? ReadSource(string directory)
    {
        var folder = Path.Combine(directory, SourceFolder);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        return texts.Count == 0 ? null : string.Join("\n", texts);
    }

    private static SeedFile? Parse(string directory, string file, List<SeedError> errors)
    {
        try
        {
            using var reader = new StreamReader(Path.Combine(directory, file));
            return _yaml.Deserialize<SeedFile?>(reader) ?? new SeedFile();
        }
        catch (YamlException ex)
        {
            var detail = ex.InnerException?.Message ?? ex.Message;
            errors.Add(new(file, $"line {ex.Start.Line}, column {ex.Start.Column}", $"not valid seed YAML: {detail}"));
            return null;
        }
    }

    private static Entity? ToEntity(SeedEntity raw, string file, string entry, List<SeedError> errors)
    {
        var count = errors.Count;
        if (string.IsNullOrWhiteSpace(raw.Id))
        {
            errors.Add(new(file, entry, "id is missing"));
        }

        EntityKind kind = default;
        if (!GraphNames.TryParse(raw.Kind, out kind))
        {
            errors.Add(new(file, entry, $"kind '{raw.Kind}' is not one of {GraphNames.Allowed<EntityKind>()}"));
        }

        var values = (raw.Values ?? []).Select((v, i) => ToMeasurement(v, file, $"{entry} values[{i}]", errors)).ToList();
        var provenance = ToProvenance(raw.Provenance, file, entry, errors);
        if (errors.Count > count)
        {
            return null;
        }

        return new Entity
        {
            Id = raw.Id!,
            Kind = kind,
            Name = raw.Name ?? string.Empty,
            NameEn = raw.NameEn ?? string.Empty,
            Aliases = raw.Aliases ?? [],
            Attributes = raw.Attributes ?? [],
            Values = values!,
            Provenance = provenance,
        };
    }

    private static Measurement? ToMeasurement(SeedValue raw, string file, string entry, List<SeedError> errors)
    {
        var count = errors.Count;
        if (raw.Year is null)
        {
            errors.Add(new(file, entry, "year is missing"));
        }

        if (!GraphNames.TryParse(raw.Role, out ValueRole role))
        {
            errors.Add(new(file, entry, $"role '{raw.Role}' is not one of {GraphNames.Allowed<ValueRole>()}"));
        }

        var kind = ValueKind.Number;
        if (raw.Kind is not null && !GraphNames.TryParse(raw.Kind, out kind))
        {
            errors.Add(new(file, entry, $"kind '{raw.Kind}' is not one of {GraphNames.Allowed<ValueKind>()}"));
        }

        var qualifier = Qualifier.Exact;
        if (raw.Qualifier is not null && !GraphNames.TryParse(raw.Qualifier, out qualifier))
        {
            errors.Add(new(file, entry, $"qualifier '{raw.Qualifier}' is not one of {GraphNames.Allowed<Qualifier>()}"));
        }

        if (errors.Count > count)
        {
            return null;
        }

        return new Measurement
        {
            Year = raw.Year!.Value,
            Role = role,
            Text = raw.Text ?? raw.Value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Kind = kind,
            Value = raw.Value,
            Unit = raw.Unit,
            Qualifier = qualifier,
            Aspirational = raw.Aspirational ?? false,
        };
    }

    private static Relationship? ToRelationship(SeedRelationship raw, string file, string entry, List<SeedError> errors)
    {
        var count = errors.Count;
        if (string.IsNullOrWhiteSpace(raw.From))
        {
            errors.Add(new(file, entry, "from is missing"));
        }

        if (string.IsNullOrWhiteSpace(raw.To))
        {
            errors.Add(new(file, entry, "to is missing"));
        }

        if (!GraphNames.TryParse(raw.Type, out RelationshipKind kind))
        {
            errors.Add(new(file, entry, $"type '{raw.Type}' is not one of {GraphNames.Allowed<RelationshipKind>()}"));
        }

        var provenance = ToProvenance(raw.Provenance, file, entry, errors);
        return errors.Count > count ? null : new Relationship(raw.From!, kind, raw.To!) { Provenance = provenance, Reasoning = raw.Reasoning };
    }

    private static List<Provenance> ToProvenance(List<SeedProvenance>? raw, string file, string entry, List<SeedError> errors)
    {
        var result = new List<Provenance>();
        foreach (var p in raw ?? [])
        {
            var basis = Basis.Stated;
            if (p.Basis is not null && !GraphNames.TryParse(p.Basis, out basis))
            {
                errors.Add(new(file, entry, $"provenance basis '{p.Basis}' is not one of {GraphNames.Allowed<Basis>()}"));
                continue;
            }

            result.Add(new Provenance(p.Section ?? string.Empty, p.Quote ?? string.Empty, basis, p.Source));
        }

        return result;
    }

    private static void CheckQuotes(GraphData graph, string sourceText, Dictionary<string, (string File, string Entry)> origins, List<SeedError> errors)
    {
        var cited = graph.Entities.Select(e => (e.Id, e.Provenance)).Concat(graph.Relationships.Select(r => (r.Id, r.Provenance)));
        foreach (var (subject, provenance) in cited)
        {
            foreach (var p in provenance.Where(p => p.Basis != Basis.External && !string.IsNullOrEmpty(p.Quote)))
            {
                if (!sourceText.Contains(p.Quote, StringComparison.Ordinal))
                {
                    var (file, entry) = origins[subject];
                    errors.Add(new(file, entry, $"quote not found verbatim in the plan text: \"{p.Quote}\""));
                }
            }
        }
    }
}
