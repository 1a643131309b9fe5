using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Not yet: `heygen gate` is being built.</summary>
internal sealed class GateCommand : HeyGenCommand<EmptyCommandSettings>
{
    /// <inheritdoc />
    protected override Task<int> RunAsync(EmptyCommandSettings settings, CancellationToken cancellationToken)
        => Task.FromResult(Usage("this command is not available in this build yet"));
}
