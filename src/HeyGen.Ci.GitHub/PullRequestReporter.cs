using System.Globalization;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.GitHub.Actions;
using HeyGen.Ci.GitHub.Publishing;
using HeyGen.Ci.GitHub.Reporting;

namespace HeyGen.Ci.GitHub;

/// <summary>
/// Reports a run where it is read: <c>report.md</c> in the run folder always; inside Actions also the job summary,
/// the step outputs and annotations; and the sticky pull-request comment when a token and a pull request are known,
/// or <c>comment.md</c> when they are not. <c>heygen comment</c> and <c>heygen ci</c> both report through this.
/// </summary>
public sealed class PullRequestReporter
{
    // Room kept in the job summary for the list of diagnostics that did not fit as annotations.
    private const int OverflowReserveBytes = 48 * 1024;

    private readonly ActionsEnvironment _environment;
    private readonly IDiagnosticSink _sink;
    private readonly WorkflowCommands? _commands;
    private readonly TimeProvider _time;

    /// <summary>Creates a reporter.</summary>
    /// <param name="environment">The runner's variables (<see cref="ActionsEnvironment.FromEnvironment"/>).</param>
    /// <param name="sink">Where diagnostics go for people (the console).</param>
    /// <param name="commandOutput">Where workflow commands go inside Actions: standard output.</param>
    /// <param name="time">The clock retries wait on.</param>
    public PullRequestReporter(
        ActionsEnvironment environment, IDiagnosticSink sink, TextWriter commandOutput, TimeProvider? time = null)
    {
        _environment = environment;
        _sink = sink;
        _commands = environment.IsActions ? new WorkflowCommands(commandOutput) : null;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Renders and publishes the report of <paramref name="run"/>.</summary>
    public async Task<ReportOutcome> ReportAsync(
        RunFolder run, Verdict verdict, IReadOnlyList<RunResult> results, ReportOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Token is { Length: > 0 } token)
        {
            _commands?.Mask(token);
        }

        var pullRequestEvent = _environment.EventPath is { } path ? PullRequestEvent.Read(path, Sink) : null;
        var report = Render(verdict, results, options, pullRequestEvent);
        await File.WriteAllTextAsync(run.ReportFile, report.Summary, cancellationToken).ConfigureAwait(false);

        if (_commands is not null)
        {
            Annotate(run, verdict, results);
            await WriteSummaryAsync(report.Summary, cancellationToken).ConfigureAwait(false);
        }

        var (published, commentFile) = await PublishAsync(run, report, options, pullRequestEvent, cancellationToken)
            .ConfigureAwait(false);
        await WriteOutputsAsync(run, verdict, published, cancellationToken).ConfigureAwait(false);

        return new ReportOutcome(report, run.ReportFile, published, commentFile);
    }

    private IDiagnosticSink Sink => _commands is null ? _sink : new BothSinks(_sink, _commands);

    private RenderedReport Render(
        Verdict verdict, IReadOnlyList<RunResult> results, ReportOptions options, PullRequestEvent? pullRequestEvent)
    {
        var context = new ReportContext
        {
            ReportName = options.ReportName,
            RunUrl = _environment.RunUrl,
            ArtifactsUrl = _environment.ArtifactsUrl,
            HeadSha = pullRequestEvent?.HeadSha ?? _environment.Sha,
            SummaryLimitBytes = ReportContext.StepSummaryLimitBytes - (_commands is null ? 0 : OverflowReserveBytes),
        };
        var report = ReportRenderer.Render(verdict, results, context);
        if (report.CommentCut is { } commentCut)
        {
            Sink.Report(DiagnosticCodes.CommentTruncated.Create(
                $"The comment was shortened to GitHub's limit: left out {commentCut}. The job summary and " +
                "report.md have the full report."));
        }

        if (report.SummaryCut is { } summaryCut)
        {
            Sink.Report(DiagnosticCodes.SummaryTruncated.Create(
                $"The job summary was shortened to the runner's 1 MiB: left out {summaryCut}. Download the run " +
                "folder artifact for every detail."));
        }

        return report;
    }

    private void Annotate(RunFolder run, Verdict verdict, IReadOnlyList<RunResult> results)
    {
        var candidate = results.FirstOrDefault(r => r.Label == "candidate") ?? results.FirstOrDefault();
        var scenarios = candidate?.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal) ?? [];
        foreach (var reason in verdict.Reasons.Where(r => r.Severity is Decision.Fail or Decision.Warn))
        {
            var descriptor = reason.Severity == Decision.Fail
                ? DiagnosticCodes.GateFailureAnnotation
                : DiagnosticCodes.GateWarningAnnotation;
            string? file = null;
            int? line = null;
            if (reason.Scenario is { } id && scenarios.TryGetValue(id, out var scenario))
            {
                file = RelativeToWorkspace(Path.Combine(run.FeaturesFolder, scenario.FeatureFile));
                line = scenario.Line;
            }

            _commands!.Report(descriptor.Create(reason.Message, file, line));
        }
    }

    private string RelativeToWorkspace(string path)
    {
        var workspace = _environment.Workspace ?? Directory.GetCurrentDirectory();

        return Path.GetRelativePath(workspace, path).Replace('\\', '/');
    }

    private async Task WriteSummaryAsync(string summary, CancellationToken cancellationToken)
    {
        if (_environment.StepSummaryFile is not { } file)
        {
            return;
        }

        _commands!.ReportOverflow();
        var text = summary + OverflowSection(_commands.Overflow);
        try
        {
            await RunnerFiles.AppendSummaryAsync(file, text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _sink.Report(DiagnosticCodes.RunnerFileUnwritable.Create(
                $"Cannot write the job summary: {ex.Message}. The report is in report.md.", file));
        }
    }

    private static string OverflowSection(IReadOnlyList<Diagnostic> overflow)
    {
        if (overflow.Count == 0)
        {
            return string.Empty;
        }

        var lines = overflow.Take(100).Select(d => "- " + MarkdownText.Code(d.ToString()));
        var more = overflow.Count > 100 ? $"\n- … and {overflow.Count - 100} more" : string.Empty;

        return "\n### Not annotated\n\n" + string.Join('\n', lines) + more + "\n";
    }

    private async Task<(PublishResult? Result, string? CommentFile)> PublishAsync(
        RunFolder run, RenderedReport report, ReportOptions options, PullRequestEvent? pullRequestEvent,
        CancellationToken cancellationToken)
    {
        var target = Target(options, pullRequestEvent, out var why);
        if (target is null)
        {
            return (null, await WriteCommentAsync(run, report, why, cancellationToken).ConfigureAwait(false));
        }

        var publisher = PullRequestPublisher.Create(
            options.ApiUrl ?? new Uri(_environment.ApiUrl ?? "https://api.github.com"), options.Token!, _time,
            options.Retry);
        var result = await publisher.PublishAsync(
            new PublishRequest(target, report.Comment, options.ReportName, options.Author), cancellationToken)
            .ConfigureAwait(false);
        if (result.Outcome != PublishOutcome.ReadOnlyToken)
        {
            return (result, null);
        }

        Sink.Report(DiagnosticCodes.ReadOnlyToken.Create(
            $"The token may not comment on {target} (403 Resource not accessible by integration), as for a pull " +
            "request from a fork. The comment is in comment.md: post it from a workflow_run workflow (see " +
            "action/examples/fork-comment.yml), or grant the job 'pull-requests: write'."));
        var file = await WriteCommentAsync(run, report, null, cancellationToken).ConfigureAwait(false);

        return (result, file);
    }

    private PullRequestRef? Target(ReportOptions options, PullRequestEvent? pullRequestEvent, out string why)
    {
        why = string.Empty;
        if (!options.Comment)
        {
            why = "commenting is turned off";
            return null;
        }

        if (!_environment.IsActions && !(options.Publish && options.ApiUrl is not null))
        {
            why = "this is not a GitHub Actions job; pass --publish with --api-url to publish from elsewhere";
            return null;
        }

        if (string.IsNullOrEmpty(options.Token))
        {
            why = "no token was given; set the variable named by --token-env (GITHUB_TOKEN by default)";
            return null;
        }

        var number = options.PullRequest ?? pullRequestEvent?.Number;
        var repository = options.Repository
            ?? (_environment.Repository is { } name ? RepositoryName.Parse(name) : null);
        if (number is null || repository is null)
        {
            why = "the event is not about a pull request; pass --pr and --repository to name one";
            return null;
        }

        if (options.PullRequest is null && pullRequestEvent is { IsFork: true }
            && _environment.EventName == "pull_request")
        {
            Sink.Report(DiagnosticCodes.ForkPullRequest.Create(
                $"Pull request #{number} comes from the fork {pullRequestEvent.HeadRepository}, whose token is " +
                "read-only. The comment is in comment.md; post it from a workflow_run workflow " +
                "(action/examples/fork-comment.yml)."));
            why = "the pull request comes from a fork";
            return null;
        }

        return new PullRequestRef(repository, number.Value);
    }

    private async Task<string> WriteCommentAsync(
        RunFolder run, RenderedReport report, string? why, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(run.CommentFile, report.Comment, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(why))
        {
            _sink.Report(DiagnosticCodes.CommentNotPublished.Create(
                $"The comment was written to {run.CommentFile} and not published: {why}."));
        }

        return run.CommentFile;
    }

    private async Task WriteOutputsAsync(
        RunFolder run, Verdict verdict, PublishResult? published, CancellationToken cancellationToken)
    {
        if (_commands is null || _environment.OutputFile is not { } file)
        {
            return;
        }

        var outputs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["verdict"] = ReportWriter.Word(verdict.Decision),
            ["score"] = verdict.Score.ToString("0.####", CultureInfo.InvariantCulture),
            ["report-path"] = run.ReportFile,
            ["comment-id"] = published?.CommentId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["comment-url"] = published?.Url ?? string.Empty,
            ["comment-outcome"] = published is null ? "not-published" : Kebab(published.Outcome),
        };
        try
        {
            await RunnerFiles.AppendOutputsAsync(file, outputs, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _sink.Report(DiagnosticCodes.RunnerFileUnwritable.Create(
                $"Cannot write the step outputs: {ex.Message}. Later steps will not see verdict and score.", file));
        }
    }

    private static string Kebab(PublishOutcome outcome) => outcome switch
    {
        PublishOutcome.ReadOnlyToken => "read-only-token",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    private sealed class BothSinks(IDiagnosticSink first, IDiagnosticSink second) : IDiagnosticSink
    {
        public void Report(Diagnostic diagnostic)
        {
            first.Report(diagnostic);
            second.Report(diagnostic);
        }
    }
}
