using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Not yet: `heygen score` is being built.</summary>
internal sealed class ScoreCommand : HeyGenCommand<EmptyCommandSettings>
{
    /// <inheritdoc />
    protected override Task<int> RunAsync(EmptyCommandSettings settings, CancellationToken cancellationToken)
        => Task.FromResult(Usage("this command is not available in this build yet"));
}
