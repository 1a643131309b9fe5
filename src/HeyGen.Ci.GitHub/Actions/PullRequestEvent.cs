using System.Text.Json;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.GitHub.Actions;

/// <summary>
/// The pull request an event is about, read from the payload the runner writes (<c>GITHUB_EVENT_PATH</c>):
/// its number, the head commit (not <c>GITHUB_SHA</c>, which is the merge commit) and whether it comes from a fork.
/// </summary>
/// <param name="Number">The pull request's number.</param>
/// <param name="HeadSha">The head commit of the pull request.</param>
/// <param name="BaseRepository">The repository the pull request is into, <c>owner/name</c>.</param>
/// <param name="HeadRepository">The repository its head branch lives in; another one for a fork.</param>
public sealed record PullRequestEvent(int Number, string? HeadSha, string? BaseRepository, string? HeadRepository)
{
    /// <summary>True when the head repository is not the base one: the workflow token is then read-only.</summary>
    public bool IsFork => HeadRepository is not null && BaseRepository is not null
        && !string.Equals(HeadRepository, BaseRepository, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the payload at <paramref name="path"/>; null when it is not about a pull request. An unreadable
    /// payload is reported to <paramref name="sink"/> (HGCI3001) and also gives null.
    /// </summary>
    public static PullRequestEvent? Read(string path, IDiagnosticSink sink)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("the payload is not a JSON object");
            }

            return FromPullRequest(root) ?? FromWorkflowRun(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            sink.Report(DiagnosticCodes.InvalidEventPayload.Create(
                $"Cannot read the event payload: {ex.Message}. The report is written to the run folder and not " +
                "published; pass --pr and --repository to publish it anyway.", path));
            return null;
        }
    }

    private static PullRequestEvent? FromPullRequest(JsonElement root)
    {
        if (!root.TryGetProperty("pull_request", out var pr) || pr.ValueKind != JsonValueKind.Object
            || !TryNumber(pr, "number", out var number))
        {
            return null;
        }

        var baseRepo = Text(Get(Get(pr, "base"), "repo"), "full_name") ?? Text(Get(root, "repository"), "full_name");

        return new PullRequestEvent(
            number,
            Text(Get(pr, "head"), "sha"),
            baseRepo,
            Text(Get(Get(pr, "head"), "repo"), "full_name"));
    }

    // Under workflow_run the payload lists the pull requests only for branches of the same repository.
    private static PullRequestEvent? FromWorkflowRun(JsonElement root)
    {
        var run = Get(root, "workflow_run");
        if (run is not { } r || !r.TryGetProperty("pull_requests", out var prs)
            || prs.ValueKind != JsonValueKind.Array || prs.GetArrayLength() == 0
            || !TryNumber(prs[0], "number", out var number))
        {
            return null;
        }

        return new PullRequestEvent(
            number,
            Text(run, "head_sha"),
            Text(Get(root, "repository"), "full_name"),
            Text(Get(run, "head_repository"), "full_name"));
    }

    private static JsonElement? Get(JsonElement? element, string name)
        => element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) ? value : null;

    private static string? Text(JsonElement? element, string name)
        => Get(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static bool TryNumber(JsonElement element, string name, out int number)
    {
        number = 0;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out number) && number > 0;
    }
}
