using System.Globalization;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>
/// json-server 0.17.4 (from <c>build/tools</c>) built into three images on the local node base image: over the
/// database the sessions were recorded against, over the changed database (product 2's <c>name</c> renamed
/// to <c>title</c>, product 3 gone), and over the recorded database with every response slowed; removed after
/// the tests.
/// </summary>
public sealed class JsonServerImages : IAsyncLifetime
{
    /// <summary>How much the slowed image delays each response, in milliseconds.</summary>
    public const int DelayMs = 300;

    private const string BaseImage = "heygen-local/node:20";
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private readonly string _contexts = Directory.CreateTempSubdirectory("heygen-e2e-json-server-").FullName;

    /// <summary>The recorded test data: <c>db.json</c>, <c>db.changed.json</c>, <c>public/</c>, <c>har/</c>.</summary>
    public static string Data { get; } =
        Path.Combine(RepositoryPaths.Root, "tests", "HeyGen.Ci.Steps.Tests", "JsonServer");

    /// <summary>The HAR files headless chromium recorded of the json-server pages.</summary>
    public static string Sessions => Path.Combine(Data, "har");

    /// <summary>json-server over the recorded database.</summary>
    public string Clean => $"heygen-e2e-json-server:clean-{_id}";

    /// <summary>json-server over the changed database.</summary>
    public string Changed => $"heygen-e2e-json-server:changed-{_id}";

    /// <summary>json-server over the recorded database, each response delayed by <see cref="DelayMs"/>.</summary>
    public string Slowed => $"heygen-e2e-json-server:slowed-{_id}";

    // What npm ci in build/tools installed: json-server and what it needs.
    private static string Modules => Path.Combine(RepositoryPaths.Root, "build", "tools", "node_modules");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Assert.True(
            File.Exists(Path.Combine(Modules, "json-server", "lib", "cli", "bin.js")),
            $"json-server is not installed: run 'npm ci' in build/tools ({Modules}).");

        await BuildAsync(Clean, "db.json", []);
        await BuildAsync(Changed, "db.changed.json", []);
        await BuildAsync(Slowed, "db.json", ["--delay", DelayMs.ToString(CultureInfo.InvariantCulture)]);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Tool.DockerAsync("rmi", "--force", Clean, Changed, Slowed);
        Directory.Delete(_contexts, recursive: true);
    }

    private async Task BuildAsync(string tag, string database, IReadOnlyList<string> serverOptions)
    {
        var context = Path.Combine(_contexts, tag[(tag.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        CopyFolder(Modules, Path.Combine(context, "node_modules"));
        CopyFolder(Path.Combine(Data, "public"), Path.Combine(context, "public"));
        File.Copy(Path.Combine(Data, database), Path.Combine(context, "db.json"));
        File.WriteAllText(Path.Combine(context, "Dockerfile"), Dockerfile(serverOptions));

        var build = await Tool.DockerAsync(
            "build", "--quiet", "--tag", tag, "--label", $"heygen-e2e={_id}",
            "--build-arg", $"BASE_IMAGE={BaseImage}", context);
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    private static string Dockerfile(IReadOnlyList<string> serverOptions)
    {
        // Exec form, so node is process 1 and stops on the engine's SIGTERM instead of waiting for the kill.
        string[] command =
        [
            "node", "node_modules/json-server/lib/cli/bin.js", "--host", "0.0.0.0", "--port", "8080",
            .. serverOptions, "db.json",
        ];
        var quoted = string.Join(", ", command.Select(part => $"\"{part}\""));

        return string.Join(
            '\n',
            "ARG BASE_IMAGE",
            "FROM ${BASE_IMAGE}",
            "WORKDIR /app",
            "COPY node_modules/ node_modules/",
            "COPY public/ public/",
            "COPY db.json db.json",
            "EXPOSE 8080",
            $"CMD [{quoted}]",
            string.Empty);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var folder in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, folder)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
