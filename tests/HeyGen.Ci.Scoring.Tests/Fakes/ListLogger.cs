using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.Scoring.Tests.Fakes;

/// <summary>A logger that keeps what it is given, to assert on.</summary>
internal sealed class ListLogger : ILogger
{
    private readonly Lock _gate = new();
    private readonly List<(LogLevel Level, EventId Event, string Message)> _lines = [];

    public IReadOnlyList<(LogLevel Level, EventId Event, string Message)> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?,
            string> formatter)
    {
        lock (_gate)
        {
            _lines.Add((logLevel, eventId, formatter(state, exception)));
        }
    }
}
