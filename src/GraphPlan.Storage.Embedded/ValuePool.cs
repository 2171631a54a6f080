using System.Collections.Concurrent;
using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// Shares equal values among the entities and relationships read from the file: every row's JSON is parsed into its
/// own strings, lists and records, but a graph repeats most of them (section ids, quoted sentences, attribute keys and
/// values, units, whole provenance lists). Used while loading, from every parsing thread at once; at a million entities
/// it is the difference between one copy of each value and millions.
/// </summary>
internal sealed class ValuePool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Provenance, Provenance> _provenance = new();
    private readonly ConcurrentDictionary<Measurement, Measurement> _measurements = new();
    private readonly ConcurrentDictionary<IReadOnlyList<Provenance>, IReadOnlyList<Provenance>> _citations = new(SequenceComparer<Provenance>.Instance);

    public string String(string value) => _strings.GetOrAdd(value, value);

    public string? OptionalString(string? value) => value is null ? null : String(value);

    public Entity Entity(Entity entity) => entity with
    {
        Aliases = Strings(entity.Aliases),
        Attributes = CompactAttributes.Of(entity.Attributes, String),
        Values = Measurements(entity.Values),
        Provenance = Citations(entity.Provenance),
    };

    /// <summary>One shared list for each distinct list of citations, made of shared citations.</summary>
    public IReadOnlyList<Provenance> Citations(IReadOnlyList<Provenance> citations)
    {
        var shared = Each(citations, c => _provenance.GetOrAdd(c, c => new Provenance(String(c.Section), String(c.Quote), c.Basis, OptionalString(c.Source))));
        return shared.Count == 0 ? shared : _citations.GetOrAdd(shared, shared);
    }

    private IReadOnlyList<string> Strings(IReadOnlyList<string> values) => Each(values, String);

    private IReadOnlyList<Measurement> Measurements(IReadOnlyList<Measurement> values) =>
        Each(values, value => _measurements.GetOrAdd(value, m => m with { Text = String(m.Text), Unit = OptionalString(m.Unit) }));

    private static IReadOnlyList<T> Each<T>(IReadOnlyList<T> values, Func<T, T> share)
    {
        if (values.Count == 0)
        {
            return [];
        }

        var shared = new T[values.Count];
        for (var i = 0; i < shared.Length; i++)
        {
            shared[i] = share(values[i]);
        }

        return shared;
    }

    private sealed class SequenceComparer<T> : IEqualityComparer<IReadOnlyList<T>>
    {
        public static readonly SequenceComparer<T> Instance = new();

        public bool Equals(IReadOnlyList<T>? x, IReadOnlyList<T>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y));

        public int GetHashCode(IReadOnlyList<T> obj)
        {
            var hash = new HashCode();
            foreach (var item in obj)
            {
                hash.Add(item);
            }

            return hash.ToHashCode();
        }
    }
}
