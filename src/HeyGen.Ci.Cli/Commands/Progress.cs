using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>A spinner on standard error while a long stage runs, shown only to a person at a
/// terminal.</summary>
internal static class Progress
{
    /// <summary>Runs <paramref name="work"/>, with a spinner when standard error is an interactive
    /// terminal.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole errors, string what, Func<Task<T>> work)
    {
        if (System.Console.IsErrorRedirected || !errors.Profile.Capabilities.Interactive)
        {
            return await work().ConfigureAwait(false);
        }

        return await errors.Status().StartAsync(what + "…", _ => work()).ConfigureAwait(false);
    }
}
