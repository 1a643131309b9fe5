using System.Text;
using System.Text.RegularExpressions;
using Docker.DotNet;
using Docker.DotNet.Models;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Docker.Running;

/// <summary>
/// Follows a container's output from its start: stdout and stderr go to their own files, lines are counted
/// (and those that look like errors), the last lines are kept, and waiters can ask for a line by pattern.
/// </summary>
internal sealed class ContainerLogCollector : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Queue<(string Line, bool IsError)> _lastLines = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<string> Found)> _waiters = [];
    private readonly int _keep;
    private readonly LogStream _stdout;
    private readonly LogStream _stderr;
    private readonly CancellationTokenSource _stop = new();
    private Task _follow = Task.CompletedTask;
    private int _errorLines;

    public ContainerLogCollector(string? stdoutPath, string? stderrPath, int keep)
    {
        _keep = Math.Max(1, keep);
        _stdout = new LogStream(stdoutPath, line => OnLine(line, isError: false));
        _stderr = new LogStream(stderrPath, line => OnLine(line, isError: true));
    }

    /// <summary>Completes when the output ended (the container exited) or following stopped.</summary>
    public Task Completion => _follow;

    /// <summary>Starts following the container's output in the background.</summary>
    public void Start(IDockerClient client, string containerId)
    {
        _follow = Task.Run(() => FollowAsync(client, containerId, _stop.Token));
    }

    /// <summary>What was logged so far.</summary>
    public LogSummary Summary()
    {
        lock (_gate)
        {
            return new LogSummary
            {
                StdoutLines = _stdout.Lines,
                StderrLines = _stderr.Lines,
                ErrorLines = _errorLines,
                LastLines = [.. _lastLines.Select(l => l.IsError ? "[stderr] " + l.Line : l.Line)],
            };
        }
    }

    /// <summary>The last lines as one indented block, for error messages.</summary>
    public string LastLinesText(int count)
    {
        var lines = Summary().LastLines.TakeLast(count).ToArray();
        return lines.Length == 0 ? "  (no output)" : string.Join('\n', lines.Select(l => "  | " + l));
    }

    /// <summary>Completes with the first line, kept or still to come, matching <paramref name="pattern"/>.</summary>
    public Task<string> WaitForLineAsync(Regex pattern)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var seen = _lastLines.FirstOrDefault(l => pattern.IsMatch(l.Line)).Line;
            if (seen is not null)
            {
                found.SetResult(seen);
            }
            else
            {
                _waiters.Add((pattern, found));
            }
        }

        return found.Task;
    }

    /// <summary>Waits a little for the output to drain after the container exited, so the last lines are in.</summary>
    public async Task DrainAsync(TimeSpan wait)
    {
        await Task.WhenAny(_follow, Task.Delay(wait)).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await DrainAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        await _follow.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        _stdout.Dispose();
        _stderr.Dispose();
        _stop.Dispose();
    }

    private async Task FollowAsync(IDockerClient client, string containerId, CancellationToken cancellationToken)
    {
        var parameters = new ContainerLogsParameters { ShowStdout = true, ShowStderr = true, Follow = true };
        var buffer = new byte[16 * 1024];

        try
        {
            using var stream = await client.Containers
                .GetContainerLogsAsync(containerId, parameters, cancellationToken).ConfigureAwait(false);

            while (true)
            {
                var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken)
                    .ConfigureAwait(false);
                if (read.EOF)
                {
                    break;
                }

                var target = read.Target == MultiplexedStream.TargetStream.StandardError ? _stderr : _stdout;
                target.Write(buffer.AsSpan(0, read.Count));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Following stops when the container is removed; what was read is kept.
        }
        catch (Exception ex) when (ex is DockerApiException or IOException or HttpRequestException)
        {
            // The container went away under the follower; the files hold what arrived.
        }
        finally
        {
            _stdout.Flush();
            _stderr.Flush();
        }
    }

    private void OnLine(string line, bool isError)
    {
        lock (_gate)
        {
            if (ErrorLines.Matches(line))
            {
                _errorLines++;
            }

            _lastLines.Enqueue((line, isError));
            while (_lastLines.Count > _keep)
            {
                _lastLines.Dequeue();
            }

            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Pattern.IsMatch(line))
                {
                    _waiters[i].Found.TrySetResult(line);
                    _waiters.RemoveAt(i);
                }
            }
        }
    }
}
