using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GraphPlan.Api.Tests.Telemetry;

/// <summary>Every log entry the host writes, with its category, its formatted message and its structured values.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<LogLine> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose()
    {
    }

    public sealed record LogLine(string Category, string Message, IReadOnlyDictionary<string, string?> Values, string? Exception)
    {
        /// <summary>Everything the line carries, as one text to search for a secret in.</summary>
        public string All => $"{Category} {Message} {string.Join(' ', Values.Select(v => $"{v.Key}={v.Value}"))} {Exception}";
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value?.ToString(), StringComparer.Ordinal)
                : new Dictionary<string, string?>(StringComparer.Ordinal);
            lines.Enqueue(new LogLine(category, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
