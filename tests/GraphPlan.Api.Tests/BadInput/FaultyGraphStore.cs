using System.Reflection;
using GraphPlan.Core.Store;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>
/// An <see cref="IGraphStore"/> decorator that misbehaves on request: entity searches for <see cref="HangText"/> never
/// finish (until cancelled), searches for <see cref="ThrowText"/> throw an exception carrying a secret.
/// </summary>
public class FaultyGraphStore : DispatchProxy
{
    public const string HangText = "hang-forever";
    public const string ThrowText = "throw-secret";
    public const string Secret = "Password=hunter2;Host=db.internal";

    private static readonly MethodInfo _hold = typeof(FaultyGraphStore).GetMethod(nameof(HoldAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private IGraphStore _inner = null!;
    private StoreFaults _faults = null!;

    public static IGraphStore Wrap(IGraphStore inner, StoreFaults faults)
    {
        var proxy = Create<IGraphStore, FaultyGraphStore>();
        var self = (FaultyGraphStore)(object)proxy;
        self._inner = inner;
        self._faults = faults;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (_faults.Outage is { } outage)
        {
            throw outage;
        }

        if (targetMethod.Name == nameof(IGraphStore.FindEntitiesAsync) && args?[0] is EntityQuery { Search: { } search })
        {
            if (search == ThrowText)
            {
                throw new InvalidOperationException($"Store failure: {Secret}");
            }

            if (search == HangText)
            {
                var token = args.OfType<CancellationToken>().FirstOrDefault();
                var resultType = targetMethod.ReturnType.GetGenericArguments()[0];
                return _hold.MakeGenericMethod(resultType).Invoke(null, [_faults, token]);
            }
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    private static async Task<T> HoldAsync<T>(StoreFaults faults, CancellationToken cancellationToken)
    {
        faults.Entered.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            faults.Cancelled.TrySetResult();
            throw;
        }

        throw new InvalidOperationException("unreachable");
    }
}
