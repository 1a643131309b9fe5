using System.Collections;

namespace HeyGen.Ci.GitHub.Actions;

/// <summary>
/// What the Actions runner tells a step through environment variables. Outside Actions every value is absent and
/// <see cref="IsActions"/> is false, which is what keeps the product from publishing anywhere by accident.
/// </summary>
public sealed record ActionsEnvironment
{
    /// <summary>True when <c>GITHUB_ACTIONS=true</c>.</summary>
    public bool IsActions { get; init; }

    /// <summary><c>GITHUB_OUTPUT</c>: the step's output file.</summary>
    public string? OutputFile { get; init; }

    /// <summary><c>GITHUB_STEP_SUMMARY</c>: the step's job summary file.</summary>
    public string? StepSummaryFile { get; init; }

    /// <summary><c>GITHUB_EVENT_PATH</c>: the event payload.</summary>
    public string? EventPath { get; init; }

    /// <summary><c>GITHUB_EVENT_NAME</c>: <c>pull_request</c>, <c>workflow_run</c>, …</summary>
    public string? EventName { get; init; }

    /// <summary><c>GITHUB_REPOSITORY</c>: <c>owner/name</c>.</summary>
    public string? Repository { get; init; }

    /// <summary><c>GITHUB_SERVER_URL</c>.</summary>
    public string? ServerUrl { get; init; }

    /// <summary><c>GITHUB_API_URL</c>.</summary>
    public string? ApiUrl { get; init; }

    /// <summary><c>GITHUB_RUN_ID</c>.</summary>
    public string? RunId { get; init; }

    /// <summary><c>GITHUB_RUN_ATTEMPT</c>.</summary>
    public string? RunAttempt { get; init; }

    /// <summary><c>GITHUB_SHA</c>: for a pull request, the merge commit, not the head.</summary>
    public string? Sha { get; init; }

    /// <summary><c>GITHUB_WORKSPACE</c>: the checkout, which annotation paths are relative to.</summary>
    public string? Workspace { get; init; }

    /// <summary>Reads the current process's environment.</summary>
    public static ActionsEnvironment FromEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                variables[key] = value;
            }
        }

        return FromVariables(variables);
    }

    /// <summary>Reads the given variables (tests pass their own).</summary>
    public static ActionsEnvironment FromVariables(IReadOnlyDictionary<string, string> variables)
    {
        string? Get(string name) => variables.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        return new ActionsEnvironment
        {
            IsActions = string.Equals(Get("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase),
            OutputFile = Get("GITHUB_OUTPUT"),
            StepSummaryFile = Get("GITHUB_STEP_SUMMARY"),
            EventPath = Get("GITHUB_EVENT_PATH"),
            EventName = Get("GITHUB_EVENT_NAME"),
            Repository = Get("GITHUB_REPOSITORY"),
            ServerUrl = Get("GITHUB_SERVER_URL"),
            ApiUrl = Get("GITHUB_API_URL"),
            RunId = Get("GITHUB_RUN_ID"),
            RunAttempt = Get("GITHUB_RUN_ATTEMPT"),
            Sha = Get("GITHUB_SHA"),
            Workspace = Get("GITHUB_WORKSPACE"),
        };
    }

    /// <summary>The workflow run's page (where the job summary shows), when the runner named it.</summary>
    public Uri? RunUrl
    {
        get
        {
            if (ServerUrl is null || Repository is null || RunId is null || !RunId.All(char.IsAsciiDigit))
            {
                return null;
            }

            var attempt = RunAttempt is { } a && a.All(char.IsAsciiDigit) && a != "1" ? $"/attempts/{a}" : string.Empty;

            return Uri.TryCreate($"{ServerUrl.TrimEnd('/')}/{Repository}/actions/runs/{RunId}{attempt}",
                UriKind.Absolute, out var url) ? url : null;
        }
    }

    /// <summary>Where the run's artifacts are listed.</summary>
    public Uri? ArtifactsUrl
        => RunUrl is { } run && Uri.TryCreate(run.AbsoluteUri + "#artifacts", UriKind.Absolute, out var url)
            ? url
            : null;
}
