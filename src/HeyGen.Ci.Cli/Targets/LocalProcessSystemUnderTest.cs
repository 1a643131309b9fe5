using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Targets;

namespace HeyGen.Ci.Cli.Targets;

/// <summary>
/// The system under test as a local process on 127.0.0.1, for machines without a Docker engine
/// (<c>heygen ci --no-docker</c>). Disposing it kills the whole process tree.
/// </summary>
internal sealed class LocalProcessSystemUnderTest : ISystemUnderTest
{
    private readonly Process _process;
    private readonly ProcessOutput _output;
    private readonly ProcessSampler _sampler;
    private readonly string _description;
    private double _readyMs;

    private LocalProcessSystemUnderTest(Process process, ProcessOutput output, Uri baseAddress, string description)
    {
        _process = process;
        _output = output;
        _sampler = new ProcessSampler(process);
        _description = description;
        BaseAddress = baseAddress;
    }

    /// <inheritdoc />
    public Uri BaseAddress { get; }

    /// <summary>
    /// Starts <paramref name="command"/> (its <c>{port}</c> replaced by a free loopback port) and waits until
    /// <paramref name="readyPath"/> answers with a status below 500.
    /// </summary>
    public static async Task<LocalProcessSystemUnderTest> StartAsync(
        IReadOnlyList<string> command,
        IReadOnlyDictionary<string, string> environment,
        string workingDirectory,
        string readyPath,
        TimeSpan readyTimeout,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var port = FreePort();
        var arguments = command.Select(a => a.Replace("{port}", port.ToString(), StringComparison.Ordinal)).ToArray();
        var startInfo = new ProcessStartInfo(arguments[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var started = time.GetTimestamp();
        var process = Start(startInfo, string.Join(' ', arguments));
        var output = new ProcessOutput(process);
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var sut = new LocalProcessSystemUnderTest(process, output, baseAddress, string.Join(' ', arguments));

        try
        {
            await WaitReadyAsync(sut, readyPath, readyTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await sut.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        sut._readyMs = time.GetElapsedTime(started).TotalMilliseconds;

        return sut;
    }

    /// <inheritdoc />
    public ValueTask EnsureRunningAsync(CancellationToken cancellationToken)
    {
        if (_process.HasExited)
        {
            throw Exited();
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public SystemUnderTestInfo Describe() => new()
    {
        Kind = "process",
        Image = _description,
        ReadyMs = _readyMs,
        Logs = _output.Summary(),
        Resources = _sampler.Usage(),
        ExitCode = _process.HasExited ? _process.ExitCode : null,
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _sampler.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The kill was sent; a process that ignores SIGKILL is beyond what can be done here.
            }
        }

        _process.Dispose();
    }

    private static Process Start(ProcessStartInfo startInfo, string commandLine)
    {
        try
        {
            return Process.Start(startInfo)
                ?? throw new InvalidOperationException("the process did not start");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new HeyGenException(
                DiagnosticCodes.LocalTargetFailed.Create(
                    $"Cannot start '{commandLine}': {ex.Message}. Check the localCommand in heygen.json."),
                ex,
                ExitCodes.EnvironmentMissing);
        }
    }

    private static async Task WaitReadyAsync(
        LocalProcessSystemUnderTest sut, string readyPath, TimeSpan timeout, TimeProvider time, CancellationToken token)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var probe = new Uri(sut.BaseAddress, readyPath.TrimStart('/'));
        var deadline = time.GetTimestamp() + (long)(timeout.TotalSeconds * time.TimestampFrequency);
        while (time.GetTimestamp() < deadline)
        {
            await sut.EnsureRunningAsync(token).ConfigureAwait(false);
            try
            {
                using var response = await client.GetAsync(probe, token).ConfigureAwait(false);
                if ((int)response.StatusCode < 500)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!token.IsCancellationRequested)
            {
                // The probe timed out; try again until the deadline.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), time, token).ConfigureAwait(false);
        }

        throw new HeyGenException(DiagnosticCodes.LocalTargetFailed.Create(
            $"'{sut._description}' did not answer {probe} within {timeout.TotalSeconds:0} s. Last output:"
            + Environment.NewLine + string.Join(Environment.NewLine, sut._output.Summary().LastLines)));
    }

    private HeyGenException Exited() => new(DiagnosticCodes.LocalTargetFailed.Create(
        $"'{_description}' exited with code {_process.ExitCode}. Last output:" + Environment.NewLine
        + string.Join(Environment.NewLine, _output.Summary().LastLines)));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
