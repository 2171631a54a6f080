using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GraphPlan.GraphQL.TrustedDocuments;

/// <summary>
/// The documents a client may name instead of sending: the trusted ones (GraphPlan's manifest and the configured
/// ones, loaded at start) and, unless only trusted documents run, those clients registered by automatic persisted
/// queries, at most <see cref="TrustedDocumentsOptions.MaxRegisteredDocuments"/> of them.
/// </summary>
public sealed class PersistedDocumentStore
{
    private readonly IReadOnlyDictionary<string, string> _trusted;
    private readonly ConcurrentDictionary<string, string> _registered = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _arrivals = new();
    private readonly TrustedDocumentsOptions _options;

    public PersistedDocumentStore(TrustedDocumentManifest trusted, IOptions<TrustedDocumentsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(options);
        _trusted = trusted.Documents;
        _options = options.Value;
    }

    public TrustedDocumentsOptions Options => _options;

    public int TrustedCount => _trusted.Count;

    /// <summary>The text of a trusted document, or null.</summary>
    public string? Trusted(string id) => _trusted.GetValueOrDefault(id);

    /// <summary>The text of a trusted or registered document, and whether it is trusted; null when unknown.</summary>
    public (string Text, bool Trusted)? Find(string id) =>
        _trusted.TryGetValue(id, out var text) ? (text, true)
        : _registered.TryGetValue(id, out var registered) ? (registered, false)
        : null;

    /// <summary>Keeps a client's document under its (verified) id, when registration is allowed; false otherwise.</summary>
    public bool Register(string id, string text)
    {
        if (_options.Only || !_options.AutomaticPersistedQueries || _options.MaxRegisteredDocuments <= 0)
        {
            return false;
        }

        if (_registered.TryAdd(id, text))
        {
            _arrivals.Enqueue(id);
            while (_registered.Count > _options.MaxRegisteredDocuments && _arrivals.TryDequeue(out var oldest))
            {
                _registered.TryRemove(oldest, out _);
            }
        }

        return true;
    }
}
