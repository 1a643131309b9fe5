using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Logging of a command: one line per event on standard error, so standard output stays for results.</summary>
internal static class CommandLogging
{
    /// <summary>A logger factory writing Information and above to standard error.</summary>
    public static ILoggerFactory Create() => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(LogLevel.Information)
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.ColorBehavior = LoggerColorBehavior.Disabled;
        })
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
        .AddFilter("Microsoft", LogLevel.Warning));
}
