using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.GitHub.Tests.Fakes;

/// <summary>
/// A small GitHub REST API on 127.0.0.1 for issue comments: paged listing with absolute Link headers, create,
/// update, delete, rate-limit headers, GitHub's 422 for bodies over 65,536 characters, read-only tokens that get
/// "Resource not accessible by integration", and a queue of canned faults served first.
/// </summary>
internal sealed class FakeGitHubApi : IAsyncDisposable
{
    private const int BodyLimit = 65_536;

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<FakeComment> _comments = [];
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private long _nextId = 1000;
    private int _createsToHold;
    private TaskCompletionSource _createsReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeGitHubApi(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The API's base address, <c>http://127.0.0.1:PORT/api/v3/</c>.</summary>
    public Uri ApiUrl { get; private set; } = null!;

    /// <summary>The login comments created with <see cref="WriteToken"/> are authored by.</summary>
    public string BotLogin { get; set; } = "github-actions[bot]";

    /// <summary>A token that may write.</summary>
    public string WriteToken { get; } = "ghs_write_" + Guid.NewGuid().ToString("N");

    /// <summary>A token that may only read, as a fork's is.</summary>
    public string ReadOnlyToken { get; } = "ghs_read_" + Guid.NewGuid().ToString("N");

    /// <summary>Every request served, as <c>METHOD path?query</c>.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeGitHubApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeGitHubApi(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        fake.ApiUrl = new Uri(address.TrimEnd('/') + "/api/v3/");

        return fake;
    }

    /// <summary>Adds a comment as if someone had written it earlier.</summary>
    public long Seed(int pullRequest, string author, string body)
    {
        lock (_gate)
        {
            var comment = new FakeComment(++_nextId, pullRequest, author, body, DateTimeOffset.UtcNow);
            _comments.Add(comment);
            return comment.Id;
        }
    }

    /// <summary>The comments of a pull request, oldest first.</summary>
    public IReadOnlyList<FakeComment> Comments(int pullRequest)
    {
        lock (_gate)
        {
            return _comments.Where(c => c.PullRequest == pullRequest).OrderBy(c => c.Id).ToList();
        }
    }

    /// <summary>Serves <paramref name="fault"/> instead of the next matching request.</summary>
    public void Enqueue(FakeFault fault) => _faults.Enqueue(fault);

    /// <summary>Holds creates until <paramref name="count"/> have arrived, so racing runs really race.</summary>
    public void HoldCreatesUntil(int count) => _createsToHold = count;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        _requests.Enqueue($"{request.Method} {request.Path}{request.QueryString}");
        var response = context.Response;
        response.Headers["X-RateLimit-Limit"] = "5000";
        response.Headers["X-RateLimit-Remaining"] = "4990";
        response.Headers["X-RateLimit-Reset"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()
            .ToString(CultureInfo.InvariantCulture);

        if (TryTakeFault(request.Method, out var fault))
        {
            await ErrorAsync(response, fault.Status, fault.Message, fault.Headers).ConfigureAwait(false);
            return;
        }

        var segments = request.Path.Value!.Trim('/').Split('/');
        if (segments.Length < 6 || segments[0] != "api" || segments[1] != "v3" || segments[2] != "repos"
            || segments[5] != "issues")
        {
            await ErrorAsync(response, 404, "Not Found").ConfigureAwait(false);
            return;
        }

        var token = request.Headers.Authorization.ToString().Split(' ').LastOrDefault();
        if (token != WriteToken && token != ReadOnlyToken)
        {
            await ErrorAsync(response, 401, "Bad credentials").ConfigureAwait(false);
            return;
        }

        if (request.Method != "GET" && token == ReadOnlyToken)
        {
            await ErrorAsync(response, 403, "Resource not accessible by integration").ConfigureAwait(false);
            return;
        }

        await RouteAsync(context, segments).ConfigureAwait(false);
    }

    private async Task RouteAsync(HttpContext context, string[] segments)
    {
        var method = context.Request.Method;
        if (segments.Length == 8 && segments[7] == "comments" && int.TryParse(segments[6], out var number))
        {
            await (method switch
            {
                "GET" => ListAsync(context, number),
                "POST" => CreateAsync(context, number),
                _ => ErrorAsync(context.Response, 405, "Method Not Allowed"),
            }).ConfigureAwait(false);
            return;
        }

        if (segments.Length == 8 && segments[6] == "comments" && long.TryParse(segments[7], out var id))
        {
            await (method switch
            {
                "PATCH" => UpdateAsync(context, id),
                "DELETE" => DeleteAsync(context, id),
                _ => ErrorAsync(context.Response, 405, "Method Not Allowed"),
            }).ConfigureAwait(false);
            return;
        }

        await ErrorAsync(context.Response, 404, "Not Found").ConfigureAwait(false);
    }

    private async Task ListAsync(HttpContext context, int number)
    {
        var query = context.Request.Query;
        var perPage = int.TryParse(query["per_page"], out var p) ? Math.Clamp(p, 1, 100) : 30;
        var page = int.TryParse(query["page"], out var n) ? Math.Max(1, n) : 1;
        var all = Comments(number);
        var pages = Math.Max(1, (all.Count + perPage - 1) / perPage);

        if (page < pages)
        {
            var self = new Uri(ApiUrl, context.Request.Path.Value!.TrimStart('/')[7..]);
            context.Response.Headers["Link"] =
                $"<{self}?per_page={perPage}&page={page + 1}>; rel=\"next\", " +
                $"<{self}?per_page={perPage}&page={pages}>; rel=\"last\"";
        }

        var items = new JsonArray([.. all.Skip((page - 1) * perPage).Take(perPage).Select(Json)]);
        await WriteAsync(context.Response, 200, items).ConfigureAwait(false);
    }

    private async Task CreateAsync(HttpContext context, int number)
    {
        var body = await BodyAsync(context).ConfigureAwait(false);
        if (body is null || body.Length > BodyLimit)
        {
            await TooLongAsync(context.Response).ConfigureAwait(false);
            return;
        }

        await HoldAsync().ConfigureAwait(false);
        var id = Seed(number, BotLogin, body);
        await WriteAsync(context.Response, 201, Json(Comments(number).Single(c => c.Id == id))).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context, long id)
    {
        var body = await BodyAsync(context).ConfigureAwait(false);
        if (body is null || body.Length > BodyLimit)
        {
            await TooLongAsync(context.Response).ConfigureAwait(false);
            return;
        }

        FakeComment? updated;
        lock (_gate)
        {
            var index = _comments.FindIndex(c => c.Id == id);
            updated = index < 0 ? null : _comments[index] = _comments[index] with { Body = body };
        }

        await (updated is null
            ? ErrorAsync(context.Response, 404, "Not Found")
            : WriteAsync(context.Response, 200, Json(updated))).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context, long id)
    {
        int removed;
        lock (_gate)
        {
            removed = _comments.RemoveAll(c => c.Id == id);
        }

        if (removed == 0)
        {
            await ErrorAsync(context.Response, 404, "Not Found").ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = 204;
    }

    private async Task HoldAsync()
    {
        if (_createsToHold <= 0)
        {
            return;
        }

        if (Interlocked.Decrement(ref _createsToHold) == 0)
        {
            _createsReleased.TrySetResult();
        }

        await _createsReleased.Task.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
    }

    private bool TryTakeFault(string method, out FakeFault fault)
    {
        lock (_gate)
        {
            if (_faults.TryPeek(out var next) && (next.Method is null || next.Method == method))
            {
                return _faults.TryDequeue(out fault!);
            }
        }

        fault = null!;
        return false;
    }

    private static async Task<string?> BodyAsync(HttpContext context)
    {
        var json = await JsonNode.ParseAsync(context.Request.Body).ConfigureAwait(false);

        return json?["body"]?.GetValue<string>();
    }

    private JsonObject Json(FakeComment comment) => new()
    {
        ["id"] = comment.Id,
        ["node_id"] = "IC_" + comment.Id,
        ["url"] = new Uri(ApiUrl, $"repos/o/r/issues/comments/{comment.Id}").ToString(),
        ["html_url"] = $"http://127.0.0.1/o/r/pull/{comment.PullRequest}#issuecomment-{comment.Id}",
        ["body"] = comment.Body,
        ["user"] = new JsonObject { ["login"] = comment.Author, ["id"] = 41898282, ["type"] = "Bot" },
        ["created_at"] = comment.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["updated_at"] = comment.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        ["author_association"] = "NONE",
    };

    private static Task TooLongAsync(HttpResponse response) => WriteAsync(response, 422, new JsonObject
    {
        ["message"] = "Validation Failed",
        ["errors"] = new JsonArray(new JsonObject
        {
            ["resource"] = "IssueComment",
            ["code"] = "custom",
            ["field"] = "body",
            ["message"] = "body is too long (maximum is 65536 characters)",
        }),
        ["documentation_url"] = "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
    });

    private static Task ErrorAsync(
        HttpResponse response, int status, string message, IReadOnlyDictionary<string, string>? headers = null)
    {
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        return WriteAsync(response, status, new JsonObject
        {
            ["message"] = message,
            ["documentation_url"] = "https://docs.github.com/rest",
        });
    }

    private static async Task WriteAsync(HttpResponse response, int status, JsonNode body)
    {
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(body.ToJsonString(JsonSerializerOptions.Default)).ConfigureAwait(false);
    }
}
