namespace GraphPlan.Api.ChangeFeed;

/// <summary>Counts open streams per client and on the server; a slot is taken before a stream opens and given back when it ends.</summary>
public sealed class StreamSlots
{
    private readonly Dictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _total;

    public int Open
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>Takes a slot for <paramref name="client"/>; false (and nothing taken) when the client or the server is full.</summary>
    public bool TryEnter(string client, ChangeStreamOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        lock (_gate)
        {
            var held = _perClient.GetValueOrDefault(client);
            if (_total >= options.MaxStreams || held >= options.MaxStreamsPerClient)
            {
                return false;
            }

            _perClient[client] = held + 1;
            _total++;
            return true;
        }
    }

    public void Exit(string client)
    {
        lock (_gate)
        {
            var held = _perClient.GetValueOrDefault(client) - 1;
            if (held <= 0)
            {
                _perClient.Remove(client);
            }
            else
            {
                _perClient[client] = held;
            }

            _total--;
        }
    }
}
