using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;

namespace HeyGen.Ci.Scoring.Tests.Fakes;

/// <summary>Temporary run folders with result files, removed when disposed.</summary>
internal sealed class RunFolders : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "heygen-score-tests",
        Guid.NewGuid().ToString("N"));

    public RunFolder Create(params RunResult[] results)
    {
        var folder = new RunFolder(Path.Combine(_root, Guid.NewGuid().ToString("N")[..8]));
        foreach (var result in results)
        {
            Write(folder.ResultFile(result.Label), result);
        }

        return folder;
    }

    public RunFolder Shop(int seed, Regression regression, bool noiseFloor = true)
    {
        var runs = new ShopRuns(seed);
        var results = new List<RunResult> { runs.Run("baseline") };
        if (noiseFloor)
        {
            results.Add(runs.Run("baseline-2"));
        }

        results.Add(runs.Run("candidate", regression));

        return Create([.. results]);
    }

    public string File(string name, RunResult result)
    {
        var path = Path.Combine(_root, "files", name);
        Write(path, result);

        return path;
    }

    public string Folder()
    {
        var path = Path.Combine(_root, "misc", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);

        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static void Write(string path, RunResult result)
        => HeyGenJson.WriteAsync(path, result, CancellationToken.None).GetAwaiter().GetResult();
}
