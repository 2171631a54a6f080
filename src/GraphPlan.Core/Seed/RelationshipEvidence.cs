using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Core.Seed;

/// <summary>
/// Whether a relationship's quotes name both of its ends: one quote naming both, or two quotes from the same paragraph
/// (line) of the plan text, one naming each end. An entity is named by its name or an alias, a target also by its
/// figure as the plan writes it; a section by a quote cited from it, a chapter by a quote cited from it or from one
/// of its sections, and the plan by any quote.
/// </summary>
public sealed class RelationshipEvidence
{
    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, string> _chapterOfSection;
    private readonly string[] _paragraphs;

    public RelationshipEvidence(GraphData graph, string planText)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(planText);
        _entities = graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _chapterOfSection = graph.Relationships
            .Where(r => r.Kind == RelationshipKind.PartOf && r.From.StartsWith("section:", StringComparison.Ordinal) && r.To.StartsWith("chapter:", StringComparison.Ordinal))
            .GroupBy(r => r.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().To, StringComparer.Ordinal);
        _paragraphs = planText.Split('\n');
    }

    /// <summary>True when the relationship's quotes (not the external ones) name both ends.</summary>
    public bool NamesBothEnds(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var quotes = relationship.Provenance.Where(p => p.Basis != Basis.External).ToList();
        var fromQuotes = quotes.Where(p => Names(relationship.From, p)).ToList();
        var toQuotes = quotes.Where(p => Names(relationship.To, p)).ToList();
        if (fromQuotes.Intersect(toQuotes).Any())
        {
            return true;
        }

        var fromParagraphs = fromQuotes.SelectMany(p => ParagraphsOf(p.Quote)).ToHashSet();
        return toQuotes.SelectMany(p => ParagraphsOf(p.Quote)).Any(fromParagraphs.Contains);
    }

    /// <summary>True when the cited quote names the entity (see the class summary for what names an entity).</summary>
    public bool Names(string entityId, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        if (!_entities.TryGetValue(entityId, out var entity))
        {
            return false;
        }

        return entity.Kind switch
        {
            EntityKind.Plan => true,
            EntityKind.Section => provenance.Section == entity.Id,
            EntityKind.Chapter => provenance.Section == entity.Id || _chapterOfSection.GetValueOrDefault(provenance.Section) == entity.Id,
            _ => Occurs(entity.Name, provenance.Quote)
                || entity.Aliases.Any(a => Occurs(a, provenance.Quote))
                || (entity.Kind == EntityKind.Target && entity.Values.Any(v => Occurs(v.Text, provenance.Quote))),
        };
    }

    /// <summary>The relationships stated outright or by their paragraph (basis Stated or SameParagraph) whose quotes do not name both ends.</summary>
    public IReadOnlyList<Relationship> Exceptions(IEnumerable<Relationship> relationships) =>
        Cited(relationships).Where(r => !NamesBothEnds(r)).ToList();

    /// <summary>The relationships whose strongest basis is Stated or SameParagraph: the ones whose quotes must name both ends.</summary>
    public static IEnumerable<Relationship> Cited(IEnumerable<Relationship> relationships) =>
        relationships.Where(r => r.Provenance.Count > 0 && r.Basis is Basis.Stated or Basis.SameParagraph);

    private static bool Occurs(string name, string quote) => name.Length > 0 && quote.Contains(name, StringComparison.Ordinal);

    private IEnumerable<int> ParagraphsOf(string quote)
    {
        for (var i = 0; i < _paragraphs.Length; i++)
        {
            if (quote.Length > 0 && _paragraphs[i].Contains(quote, StringComparison.Ordinal))
            {
                yield return i;
            }
        }
    }
}
