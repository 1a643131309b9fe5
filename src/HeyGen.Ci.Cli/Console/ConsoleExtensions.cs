using HeyGen.Ci.Core.Diagnostics;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Console;

/// <summary>How the command line prints diagnostics: the compiler-style line, coloured by severity.</summary>
internal static class ConsoleExtensions
{
    /// <summary>A console on standard error for diagnostics, so standard output stays for results.</summary>
    public static IAnsiConsole StandardError { get; } = CreateStandardError();

    private static IAnsiConsole CreateStandardError()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) });
        if (System.Console.IsErrorRedirected)
        {
            // A CI log has no width: keep each diagnostic on one line so log parsers can read it.
            console.Profile.Width = 4096;
        }

        return console;
    }

    /// <summary>Writes a diagnostic as <c>file(line): error HGCI0101: message</c>.</summary>
    public static void WriteDiagnostic(this IAnsiConsole console, Diagnostic diagnostic)
    {
        var colour = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "red",
            DiagnosticSeverity.Warning => "yellow",
            _ => "grey",
        };

        console.MarkupLineInterpolated($"[{colour}]{diagnostic.ToString()}[/]");
    }
}
