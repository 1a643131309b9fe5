using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Not yet: `heygen run` is being built.</summary>
internal sealed class RunCommand : HeyGenCommand<EmptyCommandSettings>
{
    /// <inheritdoc />
    protected override Task<int> RunAsync(EmptyCommandSettings settings, CancellationToken cancellationToken)
        => Task.FromResult(Usage("this command is not available in this build yet"));
}
