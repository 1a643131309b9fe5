using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Steps.Runner;

namespace HeyGen.Ci.Steps.Tests.Support;

/// <summary>A temporary run folder with features in it, and a direct run of them.</summary>
internal sealed class RunSandbox : IDisposable
{
    public RunSandbox()
    {
        Folder = new RunFolder(Directory.CreateTempSubdirectory("heygen-run-").FullName);
        Directory.CreateDirectory(Folder.FeaturesFolder);
    }

    public RunFolder Folder { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public static RunSandbox WithJsonServerFeatures()
    {
        var sandbox = new RunSandbox();
        foreach (var file in Directory.GetFiles(Path.Combine(JsonServer.DataFolder, "features"), "*.feature"))
        {
            File.Copy(file, Path.Combine(sandbox.Folder.FeaturesFolder, Path.GetFileName(file)));
        }

        return sandbox;
    }

    public RunSandbox Feature(string name, string text)
    {
        File.WriteAllText(Path.Combine(Folder.FeaturesFolder, name), text.ReplaceLineEndings("\n"));
        return this;
    }

    public RunRequest Request(Uri target, string label = "candidate") => new()
    {
        Target = target,
        Label = label,
        RunId = Folder.Id,
        FeaturesFolder = Folder.FeaturesFolder,
        ReportsFolder = Folder.ReportsFolder(label),
        ResultFile = Folder.ResultFile(label),
        Diagnostics = Diagnostics,
        BindingAssemblies = [typeof(TestBindings).Assembly],
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    public Task<RunResult> RunAsync(Uri target, string label = "candidate")
        => DirectRunner.RunAsync(Request(target, label), CancellationToken.None);

    public void Dispose() => Directory.Delete(Folder.Root, recursive: true);
}
