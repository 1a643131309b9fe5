namespace HeyGen.Ci.Core.Runs;

/// <summary>
/// The layout of one run folder, <c>.heygen/runs/&lt;id&gt;/</c>: where each stage writes, so the next can load it.
/// The layout is the one in <c>docs/contracts.md</c>.
/// </summary>
public sealed class RunFolder
{
    /// <summary>Opens (does not create) the run folder at <paramref name="root"/>.</summary>
    public RunFolder(string root)
    {
        Root = Path.GetFullPath(root);
        Id = Path.GetFileName(Root.TrimEnd(Path.DirectorySeparatorChar));
    }

    /// <summary>The run id, the folder's name.</summary>
    public string Id { get; }

    /// <summary>The folder itself.</summary>
    public string Root { get; }

    /// <summary>
    /// The behaviour analysis (<c>heygen.analysis/v1</c>), written by <c>heygen analyse</c>/<c>generate</c>.
    /// </summary>
    public string AnalysisFile => Path.Combine(Root, "analysis.json");

    /// <summary>The generated feature files.</summary>
    public string FeaturesFolder => Path.Combine(Root, "features");

    /// <summary>The result file (<c>heygen.result/v1</c>) of the run against the target with this label.</summary>
    public string ResultFile(string label) => Path.Combine(Root, "results", label + ".json");

    /// <summary>Cucumber messages, HTML and JUnit reports of the run against the target with this label.</summary>
    public string ReportsFolder(string label) => Path.Combine(Root, "reports", label);

    /// <summary>The scoring model used (<c>model.onnx</c>), fitted from the baseline or supplied.</summary>
    public string ModelFile => Path.Combine(Root, "model.onnx");

    /// <summary>Per-step and per-endpoint scores (<c>heygen.scores/v1</c>).</summary>
    public string ScoresFile => Path.Combine(Root, "scores.json");

    /// <summary>The gate's verdict (<c>heygen.verdict/v1</c>).</summary>
    public string VerdictFile => Path.Combine(Root, "verdict.json");

    /// <summary>The full Markdown report (the job summary).</summary>
    public string ReportFile => Path.Combine(Root, "report.md");

    /// <summary>The pull-request comment, written when it is not published.</summary>
    public string CommentFile => Path.Combine(Root, "comment.md");

    /// <summary>Container logs of the system under test with this label.</summary>
    public string ContainerLogFile(string label, string stream) => Path.Combine(Root, "logs", $"{label}.{stream}.log");

    /// <summary>
    /// Creates a new run folder under <paramref name="runsRoot"/> with an id made from the time and a random suffix.
    /// </summary>
    public static RunFolder Create(string runsRoot, TimeProvider time)
    {
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var id = $"{stamp}-{Guid.NewGuid().ToString("N")[..6]}";
        var folder = new RunFolder(Path.Combine(runsRoot, id));
        Directory.CreateDirectory(folder.Root);

        return folder;
    }

    /// <summary>
    /// The default place for run folders: <c>.heygen/runs</c> under <paramref name="workingDirectory"/>.
    /// </summary>
    public static string DefaultRunsRoot(string workingDirectory) => Path.Combine(workingDirectory, ".heygen", "runs");
}
