using System.Globalization;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.MSBuild.Tests.Harness;

/// <summary>
/// The package and the runtime packages it depends on, packed from this checkout into a temporary folder feed
/// under a version no earlier run used, so the global packages folder can never hand back a stale copy.
/// </summary>
internal sealed class PackageFeed
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PackageFeed? _packed;

    private PackageFeed(string folder, string version)
    {
        Folder = folder;
        Version = version;
    }

    /// <summary>Where consumers and feeds of these tests live.</summary>
    public static string TestsRoot { get; } = Path.Combine(Path.GetTempPath(), "heygen-msbuild-tests");

    public string Folder { get; }

    public string Version { get; }

    public static async Task<PackageFeed> GetAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return _packed ??= await PackAsync().ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<PackageFeed> PackAsync()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var version = $"0.1.0-it.{stamp}.{Environment.ProcessId}";
        var folder = Path.Combine(TestsRoot, $"feed-{stamp}-{Environment.ProcessId}");
        SweepOldFeeds();
        Directory.CreateDirectory(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(folder);

        // The test project's build already built the four projects in this configuration; pack those outputs.
        var project = Path.Combine(RepositoryPaths.Root, "build", "pack", "HeyGen.Ci.MSBuild.Packages.proj");
        var result = await Dotnet.RunAsync(RepositoryPaths.Root,
            $"msbuild \"{project}\" -nologo -v:m -tl:off -p:NoBuild=true -p:Configuration={Configuration()} " +
            $"-p:PackageOutputPath=\"{folder}/\" -p:PackageVersion={version}")
            .ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing failed:\n" + result);
        }

        return new PackageFeed(folder, version);
    }

    // A test host that is killed never runs its exit handler; an hour later its feed is surely unused.
    private static void SweepOldFeeds()
    {
        if (!Directory.Exists(TestsRoot))
        {
            return;
        }

        foreach (var old in new DirectoryInfo(TestsRoot).EnumerateDirectories("feed-*"))
        {
            if (old.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1))
            {
                DeleteQuietly(old.FullName);
            }
        }
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS's temp cleanup; nothing else reads it.
        }
    }

    // bin/<Configuration>/<tfm>/ of this test assembly.
    private static string Configuration()
        => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}
