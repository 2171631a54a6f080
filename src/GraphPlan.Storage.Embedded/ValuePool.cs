using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// Shares equal values among the entities and relationships read from the file: a graph repeats most of its values
/// (section ids, quoted sentences, attribute keys and values, units, whole provenance lists). Used while loading, from
/// every parsing thread at once; at a million entities it is the difference between one copy of each value and
/// millions. Strings are looked up by their characters, so a value already held costs no new string; the larger values
/// are keyed by the identity of their (already shared) parts, so a look-up hashes no text twice.
/// </summary>
internal sealed class ValuePool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _stringsBySpan;
    private readonly ConcurrentDictionary<ProvenanceKey, Provenance> _provenance = new();
    private readonly ConcurrentDictionary<MeasurementKey, Measurement> _measurements = new();
    private readonly ConcurrentDictionary<IReadOnlyList<Provenance>, IReadOnlyList<Provenance>> _citations = new(IdentitySequenceComparer<Provenance>.Instance);
    private readonly ConcurrentDictionary<IReadOnlyList<string>, CompactAttributes> _attributes = new(IdentitySequenceComparer<string>.Instance);

    public ValuePool() => _stringsBySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string String(string value) => _strings.GetOrAdd(value, value);

    public string String(ReadOnlySpan<char> value) =>
        value.IsEmpty ? string.Empty : _stringsBySpan.TryGetValue(value, out var shared) ? shared : _strings.GetOrAdd(new string(value), static s => s);

    public string? OptionalString(string? value) => value is null ? null : String(value);

    /// <summary>
    /// The entity with its repeated values shared (rows the fast reader could not take). The serializer leaves a list
    /// the row does not name null, in spite of its initializer; such a row reads as an empty list.
    /// </summary>
    public Entity Entity(Entity entity) => entity with
    {
        Aliases = Each(entity.Aliases ?? [], String),
        Attributes = Attributes((entity.Attributes ?? CompactAttributes.Empty).SelectMany(p => new[] { String(p.Key), String(p.Value) }).ToList()),
        Values = Each(entity.Values ?? [], m => Measurement(m.Year, m.Role, String(m.Text), m.Kind, m.Value, OptionalString(m.Unit), m.Qualifier, m.Aspirational)),
        Provenance = Citations(entity.Provenance ?? []),
    };

    /// <summary>One shared list for each distinct list of citations, made of shared citations.</summary>
    public IReadOnlyList<Provenance> Citations(IReadOnlyList<Provenance> citations) =>
        Citations(citations.Select(c => Provenance(String(c.Section), String(c.Quote), c.Basis, OptionalString(c.Source))).ToList());

    /// <summary>The shared list equal to <paramref name="shared"/> (a scratch list of shared citations, copied only when new).</summary>
    public IReadOnlyList<Provenance> Citations(List<Provenance> shared) =>
        shared.Count == 0 ? [] : _citations.TryGetValue(shared, out var list) ? list : _citations.GetOrAdd(shared.ToArray(), static l => l);

    /// <summary>One citation per distinct content; the strings must already be shared.</summary>
    public Provenance Provenance(string section, string quote, Basis basis, string? source) =>
        _provenance.TryGetValue(new ProvenanceKey(section, quote, basis, source), out var shared)
            ? shared
            : _provenance.GetOrAdd(new ProvenanceKey(section, quote, basis, source), static k => new Provenance(k.Section, k.Quote, k.Basis, k.Source));

    /// <summary>One value per distinct content; the strings must already be shared.</summary>
    public Measurement Measurement(int year, ValueRole role, string text, ValueKind kind, decimal? value, string? unit, Qualifier qualifier, bool aspirational)
    {
        var key = new MeasurementKey(year, role, text, kind, value, unit, qualifier, aspirational);
        return _measurements.TryGetValue(key, out var shared)
            ? shared
            : _measurements.GetOrAdd(key, static k => new Measurement { Year = k.Year, Role = k.Role, Text = k.Text, Kind = k.Kind, Value = k.Value, Unit = k.Unit, Qualifier = k.Qualifier, Aspirational = k.Aspirational });
    }

    /// <summary>One attribute set per distinct list of shared keys and values (key, value, key, value...).</summary>
    public CompactAttributes Attributes(List<string> pairs) =>
        pairs.Count == 0 ? CompactAttributes.Empty : _attributes.TryGetValue(pairs, out var shared) ? shared : _attributes.GetOrAdd(pairs.ToArray(), static p => new CompactAttributes((string[])p));

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

    /// <summary>Equal when the shared strings are the same objects: no text is hashed or compared.</summary>
    private readonly record struct ProvenanceKey(string Section, string Quote, Basis Basis, string? Source)
    {
        public bool Equals(ProvenanceKey other) =>
            ReferenceEquals(Section, other.Section) && ReferenceEquals(Quote, other.Quote) && Basis == other.Basis && ReferenceEquals(Source, other.Source);

        public override int GetHashCode() =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(Section), RuntimeHelpers.GetHashCode(Quote), Basis, Source is null ? 0 : RuntimeHelpers.GetHashCode(Source));
    }

    private readonly record struct MeasurementKey(int Year, ValueRole Role, string Text, ValueKind Kind, decimal? Value, string? Unit, Qualifier Qualifier, bool Aspirational)
    {
        public bool Equals(MeasurementKey other) =>
            Year == other.Year && Role == other.Role && ReferenceEquals(Text, other.Text) && Kind == other.Kind && Value == other.Value
            && ReferenceEquals(Unit, other.Unit) && Qualifier == other.Qualifier && Aspirational == other.Aspirational;

        public override int GetHashCode() =>
            HashCode.Combine(Year, Role, RuntimeHelpers.GetHashCode(Text), Kind, Value, Unit is null ? 0 : RuntimeHelpers.GetHashCode(Unit), Qualifier, Aspirational);
    }

    /// <summary>Lists of shared items: equal when they hold the same objects in the same order.</summary>
    private sealed class IdentitySequenceComparer<T> : IEqualityComparer<IReadOnlyList<T>>
        where T : class
    {
        public static readonly IdentitySequenceComparer<T> Instance = new();

        public bool Equals(IReadOnlyList<T>? x, IReadOnlyList<T>? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x is null || y is null || x.Count != y.Count)
            {
                return false;
            }

            for (var i = 0; i < x.Count; i++)
            {
                if (!ReferenceEquals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(IReadOnlyList<T> obj)
        {
            var hash = new HashCode();
            for (var i = 0; i < obj.Count; i++)
            {
                hash.Add(RuntimeHelpers.GetHashCode(obj[i]));
            }

            return hash.ToHashCode();
        }
    }
}
