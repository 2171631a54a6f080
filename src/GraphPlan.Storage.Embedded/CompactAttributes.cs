using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// An entity's few attributes as one array of keys and values, in their original order: a look-up scans at most a
/// handful of keys, and the entity holds one small array instead of a hash table (about a third of the memory).
/// </summary>
internal sealed class CompactAttributes : IReadOnlyDictionary<string, string>
{
    private readonly string[] _pairs;

    /// <summary>Keys and values alternating (key, value, key, value...); the array is kept, not copied.</summary>
    public CompactAttributes(string[] pairs) => _pairs = pairs;

    public static CompactAttributes Empty { get; } = new([]);

    public int Count => _pairs.Length / 2;

    public IEnumerable<string> Keys => this.Select(p => p.Key);

    public IEnumerable<string> Values => this.Select(p => p.Value);

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public static CompactAttributes Of(IReadOnlyDictionary<string, string> attributes, Func<string, string> share)
    {
        if (attributes.Count == 0)
        {
            return Empty;
        }

        var pairs = new string[attributes.Count * 2];
        var i = 0;
        foreach (var (key, value) in attributes)
        {
            pairs[i++] = share(key);
            pairs[i++] = share(value);
        }

        return new CompactAttributes(pairs);
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            if (string.Equals(_pairs[i], key, StringComparison.Ordinal))
            {
                value = _pairs[i + 1];
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            yield return new KeyValuePair<string, string>(_pairs[i], _pairs[i + 1]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
