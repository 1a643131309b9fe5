using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Steps.Tests.Support;

/// <summary>
/// A real json-server 0.17.4 (from build/tools) on 127.0.0.1 and a free port, over a copy of a test database
/// and the shop pages, killed and removed on dispose.
/// </summary>
internal sealed class JsonServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private JsonServer(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "JsonServer");

    public static async Task<JsonServer> StartAsync(string database = "db.json")
    {
        var bin = Path.Combine(RepositoryPaths.Root, "build", "tools", "node_modules", "json-server", "lib", "cli", "bin.js");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException($"json-server is not installed: run 'npm ci' in build/tools ({bin}).");
        }

        var folder = Directory.CreateTempSubdirectory("heygen-json-server-").FullName;
        File.Copy(Path.Combine(DataFolder, database), Path.Combine(folder, "db.json"));
        CopyFolder(Path.Combine(DataFolder, "public"), Path.Combine(folder, "public"));
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in new[] { bin, "--port", port.ToString(), "--host", "127.0.0.1", "--static", "public", "db.json" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new JsonServer(process, folder, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitReadyAsync();

        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();

        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task WaitReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"json-server exited with {_process.ExitCode}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, "/products"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("json-server did not answer within 30 s");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
