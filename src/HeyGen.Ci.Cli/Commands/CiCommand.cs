using HeyGen.Ci.Cli.Ci;
using HeyGen.Ci.GitHub.Actions;
using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>
/// <c>heygen ci</c>: the whole job, ingest to publish, with one configuration (<c>heygen.json</c> and options).
/// With no arguments in this repository it runs on the sample app and its recorded sessions.
/// </summary>
internal sealed class CiCommand : HeyGenCommand<CiSettings>
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(CiSettings settings, CancellationToken cancellationToken)
    {
        var options = CiOptions.From(settings, Directory.GetCurrentDirectory());
        using var loggers = LoggerFactory.Create(b => b
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= LogLevel.Information)
            .AddFilter("HeyGen.Ci.Scoring", LogLevel.Information));
        var pipeline = new CiPipeline(
            Console, Errors, loggers, ActionsEnvironment.FromEnvironment(), TimeProvider.System);

        return await pipeline.RunAsync(options, cancellationToken).ConfigureAwait(false);
    }
}
