using System.Text.Json.Nodes;

namespace HeyGen.Ci.GitHub.Tests.Fakes;

/// <summary>Event payloads shaped as the runner writes them to <c>GITHUB_EVENT_PATH</c>.</summary>
internal static class EventPayloads
{
    public static string PullRequest(int number, string headSha, string baseRepo, string headRepo,
        string title = "Make checkout faster") => new JsonObject
    {
        ["action"] = "synchronize",
        ["number"] = number,
        ["pull_request"] = new JsonObject
        {
            ["number"] = number,
            ["title"] = title,
            ["head"] = new JsonObject
            {
                ["sha"] = headSha, ["ref"] = "feature", ["repo"] = new JsonObject { ["full_name"] = headRepo },
            },
            ["base"] = new JsonObject
            {
                ["sha"] = "base000", ["ref"] = "main", ["repo"] = new JsonObject { ["full_name"] = baseRepo },
            },
        },
        ["repository"] = new JsonObject { ["full_name"] = baseRepo },
    }.ToJsonString();
}
