using HeyGen.Ci.MSBuild.Tasks;
using HeyGen.Ci.MSBuild.Tests.Harness;
using Microsoft.Build.Utilities;

namespace HeyGen.Ci.MSBuild.Tests.Tasks;

public sealed class GenerateHeyGenCiFeaturesTests : IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "heygen-features-" + Guid.NewGuid().ToString("N"));

    private string Features => Path.Combine(_folder, "Features", "Generated");

    [Fact]
    public void Execute_Recordings_WritesFeaturesUnderTheProject()
    {
        var (task, engine) = Task(Recording("browsing.har", HarRecording.Browsing()));

        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));

        Assert.NotEmpty(task.FeatureFiles);
        Assert.All(task.FeatureFiles, f => Assert.StartsWith(Features, f.ItemSpec, StringComparison.Ordinal));
        Assert.Contains("I send a GET request to \"/api/products\"",
            File.ReadAllText(task.FeatureFiles[0].ItemSpec), StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_SameRecordingsAgain_WritesNothing()
    {
        var har = Recording("browsing.har", HarRecording.Browsing());
        Assert.True(Task(har).Task.Execute());

        var (again, _) = Task(har);
        Assert.True(again.Execute());

        Assert.Empty(again.WrittenFiles);
    }

    [Fact]
    public void Execute_MalformedRecording_KeepsItsIngestCodeAndFileAndGeneratesTheRest()
    {
        var good = Recording("browsing.har", HarRecording.Browsing());
        var bad = Recording("broken.har", "{ \"log\": { \"entries\": [ { \"request\": ");
        var (task, engine) = Task(good, bad);

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.StartsWith("HGCI0", error.Code, StringComparison.Ordinal);
        Assert.Equal(bad, error.File);
        Assert.True(error.LineNumber > 0);
        Assert.NotEmpty(Directory.GetFiles(Features, "*.feature"));
    }

    [Fact]
    public void Execute_NoRecordings_WarnsHGCI1002()
    {
        var (task, engine) = Task();

        Assert.True(task.Execute());

        Assert.Equal("HGCI1002", Assert.Single(engine.Warnings).Code);
    }

    private string Recording(string name, string content)
    {
        var path = Path.Combine(_folder, "Sessions", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);

        return path;
    }

    private (GenerateHeyGenCiFeatures Task, RecordingBuildEngine Engine) Task(params string[] recordings)
    {
        var engine = new RecordingBuildEngine();
        var task = new GenerateHeyGenCiFeatures
        {
            BuildEngine = engine,
            Sessions = [.. recordings.Select(r => new TaskItem(r))],
            FeaturesFolder = Features,
            AnalysisFile = Path.Combine(_folder, "obj", "analysis.json"),
        };

        return (task, engine);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
