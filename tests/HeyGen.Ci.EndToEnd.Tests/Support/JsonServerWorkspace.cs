using System.Text.Json;

namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>
/// A temporary working folder with the <c>heygen.json</c> a json-server project would commit: its recordings, a
/// probe on <c>/</c>, and one scenario at a time, since the flows change the database and replay only in order.
/// </summary>
internal sealed class JsonServerWorkspace : IDisposable
{
    /// <summary>Creates the folder and writes its configuration.</summary>
    public JsonServerWorkspace()
    {
        var target = new { readyPath = "/" };
        var configuration = new
        {
            sessions = new[] { JsonServerImages.Sessions },
            candidate = target,
            baseline = target,
            noiseRun = true,
            run = new { parallel = 1 },
        };
        File.WriteAllText(Path.Combine(Folder, "heygen.json"), JsonSerializer.Serialize(configuration));
    }

    /// <summary>The working folder <c>heygen ci</c> runs in.</summary>
    public string Folder { get; } = Directory.CreateTempSubdirectory("heygen-e2e-json-server-").FullName;

    /// <summary>Runs <c>heygen ci</c> on <paramref name="candidate"/> against <paramref name="baseline"/>.</summary>
    public Task<ToolRun> CiAsync(string candidate, string baseline, string runFolder)
        => Tool.HeyGenAsync(
            Folder,
            ["ci", "--image", candidate, "--baseline-image", baseline, "--run", runFolder],
            TimeSpan.FromMinutes(4));

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
