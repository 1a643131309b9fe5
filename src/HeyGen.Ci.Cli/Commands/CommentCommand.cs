using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.GitHub;
using HeyGen.Ci.GitHub.Actions;
using HeyGen.Ci.GitHub.Publishing;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>
/// <c>heygen comment</c>: renders the run's report into report.md and publishes the sticky pull-request comment, or,
/// outside Actions and without <c>--publish</c>, or without a token, writes comment.md and says so.
/// </summary>
internal sealed class CommentCommand : HeyGenCommand<CommentSettings>
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(CommentSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Run is null)
        {
            return Usage("give the run folder with --run <DIR>");
        }

        if (!Directory.Exists(settings.Run))
        {
            throw new HeyGenException(DiagnosticCodes.PathNotFound.Create(
                $"The run folder '{settings.Run}' does not exist; pass the folder heygen run or heygen ci wrote.",
                settings.Run), exitCode: ExitCodes.Usage);
        }

        var environment = ActionsEnvironment.FromEnvironment();
        var options = Options(settings, environment, out var problem);
        if (problem is not null)
        {
            return Usage(problem);
        }

        var run = new RunFolder(settings.Run);
        var (verdict, results) = await RunReportFiles.LoadAsync(run, cancellationToken).ConfigureAwait(false);
        var reporter = new PullRequestReporter(environment, new ErrorSink(Errors), System.Console.Out);
        var outcome = await reporter.ReportAsync(run, verdict, results, options!, cancellationToken)
            .ConfigureAwait(false);

        Describe(outcome);

        return ExitCodes.Success;
    }

    private static ReportOptions? Options(CommentSettings settings, ActionsEnvironment environment, out string? problem)
    {
        problem = null;
        Uri? apiUrl = null;
        if (settings.ApiUrl is { } text && (!Uri.TryCreate(text, UriKind.Absolute, out apiUrl)
            || apiUrl.Scheme is not ("http" or "https")))
        {
            problem = $"--api-url '{text}' is not an http(s) address";
            return null;
        }

        if (settings.Publish && apiUrl is null && !environment.IsActions)
        {
            problem = "--publish outside GitHub Actions needs --api-url, so the address is always chosen on purpose";
            return null;
        }

        if (settings.PullRequest is <= 0)
        {
            problem = $"--pr {settings.PullRequest} is not a pull request number";
            return null;
        }

        return new ReportOptions
        {
            ReportName = settings.ReportName,
            Author = settings.Author,
            Repository = settings.Repository is { } repository ? RepositoryName.Parse(repository) : null,
            PullRequest = settings.PullRequest,
            ApiUrl = apiUrl,
            Token = Environment.GetEnvironmentVariable(settings.TokenEnv),
            Publish = settings.Publish,
            Comment = !settings.NoPublish,
        };
    }

    private void Describe(ReportOutcome outcome)
    {
        Console.MarkupLineInterpolated($"Report written to [bold]{outcome.ReportFile}[/].");
        if (outcome.Published is { } published && published.Outcome != PublishOutcome.ReadOnlyToken)
        {
            var what = published.Outcome.ToString().ToLowerInvariant();
            var url = published.Url ?? "-";
            Console.MarkupLineInterpolated($"Pull-request comment {published.CommentId} {what}: {url}");
            if (published.RemovedDuplicates > 0)
            {
                Console.MarkupLineInterpolated(
                    $"Removed {published.RemovedDuplicates} duplicate comment(s) left by a concurrent run.");
            }
        }

        if (outcome.CommentFile is { } file)
        {
            Console.MarkupLineInterpolated($"Comment written to [bold]{file}[/].");
        }
    }

    private sealed class ErrorSink(IAnsiConsole errors) : IDiagnosticSink
    {
        public void Report(Diagnostic diagnostic) => errors.WriteDiagnostic(diagnostic);
    }
}
