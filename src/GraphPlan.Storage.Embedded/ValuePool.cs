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
/// <remarks>
/// Strings and citations are kept in stripes of plain hash tables, each behind its own lock: no object per entry (a
/// concurrent dictionary allocates a node for each, and at millions of mostly distinct citations those nodes, the
/// locks' contention while a whole table grew and the collector promoting them were most of the load). A citation's
/// is kept as its one-citation list, so the common list costs no table or look-up of its own.
/// </remarks>
internal sealed class ValuePool
{
    private const int StripeBits = 6;

    private readonly TextStripe[] _texts = Enumerable.Range(0, 1 << StripeBits).Select(_ => new TextStripe()).ToArray();
    private readonly CitationStripe[] _provenance = Enumerable.Range(0, 1 << StripeBits).Select(_ => new CitationStripe()).ToArray();
    private readonly ConcurrentDictionary<MeasurementKey, Measurement> _measurements = new();
    private readonly ConcurrentDictionary<IReadOnlyList<Provenance>, IReadOnlyList<Provenance>> _citations = new(IdentitySequenceComparer<Provenance>.Instance);
    private readonly ConcurrentDictionary<IReadOnlyList<string>, CompactAttributes> _attributes = new(IdentitySequenceComparer<string>.Instance);

    public string String(string value) => Share(value, value);

    public string String(ReadOnlySpan<char> value) => Share(value, null);

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
        Citations(citations.Select(c => Citation(String(c.Section), String(c.Quote), c.Basis, OptionalString(c.Source))[0]).ToList());

    /// <summary>The shared list equal to <paramref name="shared"/> (a scratch list of shared citations, copied only when new).</summary>
    public IReadOnlyList<Provenance> Citations(List<Provenance> shared) => shared.Count switch
    {
        0 => [],
        1 => Citation(shared[0].Section, shared[0].Quote, shared[0].Basis, shared[0].Source),
        _ => _citations.TryGetValue(shared, out var list) ? list : _citations.GetOrAdd(shared.ToArray(), static l => l),
    };

    /// <summary>
    /// One citation per distinct content, as its shared one-citation list (the common list: a reader with one
    /// citation needs no second look-up); the strings must already be shared.
    /// </summary>
    public Provenance[] Citation(string section, string quote, Basis basis, string? source)
    {
        var key = new ProvenanceKey(section, quote, basis, source);
        var stripe = Stripe(_provenance, key.GetHashCode());
        lock (stripe.Lock)
        {
            if (stripe.ByKey.TryGetValue(key, out var alone))
            {
                return alone;
            }

            alone = [new Provenance(section, quote, basis, source)];
            stripe.Citations.Add(alone);
            return alone;
        }
    }

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

    /// <summary>The shared string of these characters (<paramref name="given"/> itself when it is the first).</summary>
    private string Share(ReadOnlySpan<char> value, string? given)
    {
        if (value.IsEmpty)
        {
            return string.Empty;
        }

        // A few characters and the length choose the stripe: cheap, and spread enough for a few threads.
        var mixed = ((uint)value.Length * 31 + value[^1]) * 31 + value[value.Length / 2] + ((uint)value[value.Length / 3] << 16);
        var stripe = Stripe(_texts, (int)mixed);
        lock (stripe.Lock)
        {
            if (stripe.TextsBySpan.TryGetValue(value, out var shared))
            {
                return shared;
            }

            shared = given ?? new string(value);
            stripe.Texts.Add(shared);
            return shared;
        }
    }

    private static T Stripe<T>(T[] stripes, int hash) => stripes[((uint)hash * 0x9E3779B1u) >> (32 - StripeBits)];

    /// <summary>A share of the strings, behind one lock.</summary>
    private sealed class TextStripe
    {
        public TextStripe() => TextsBySpan = Texts.GetAlternateLookup<ReadOnlySpan<char>>();

        public Lock Lock { get; } = new();

        public HashSet<string> Texts { get; } = new(StringComparer.Ordinal);

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TextsBySpan { get; }
    }

    /// <summary>
    /// A share of the citations, each kept as its one-citation list, behind one lock. The list is its own key (a set,
    /// looked up by <see cref="ProvenanceKey"/>): an entry is a reference and a hash, not a copy of the key, which at
    /// millions of distinct citations was a quarter of what a load allocated, most of it the table growing.
    /// </summary>
    private sealed class CitationStripe
    {
        public CitationStripe() => ByKey = Citations.GetAlternateLookup<ProvenanceKey>();

        public Lock Lock { get; } = new();

        public HashSet<Provenance[]> Citations { get; } = new(CitationComparer.Instance);

        public HashSet<Provenance[]>.AlternateLookup<ProvenanceKey> ByKey { get; }
    }

    /// <summary>One-citation lists compared by their citation's shared parts, as <see cref="ProvenanceKey"/> compares them.</summary>
    private sealed class CitationComparer : IEqualityComparer<Provenance[]>, IAlternateEqualityComparer<ProvenanceKey, Provenance[]>
    {
        public static readonly CitationComparer Instance = new();

        public bool Equals(Provenance[]? x, Provenance[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && KeyOf(x).Equals(KeyOf(y)));

        public int GetHashCode(Provenance[] obj) => KeyOf(obj).GetHashCode();

        public bool Equals(ProvenanceKey alternate, Provenance[] other) => alternate.Equals(KeyOf(other));

        public int GetHashCode(ProvenanceKey alternate) => alternate.GetHashCode();

        public Provenance[] Create(ProvenanceKey alternate) => [new Provenance(alternate.Section, alternate.Quote, alternate.Basis, alternate.Source)];

        private static ProvenanceKey KeyOf(Provenance[] alone) => new(alone[0].Section, alone[0].Quote, alone[0].Basis, alone[0].Source);
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
