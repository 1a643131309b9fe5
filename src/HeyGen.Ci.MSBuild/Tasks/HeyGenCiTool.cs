using System.Text.Json;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.MSBuild.Logging;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace HeyGen.Ci.MSBuild.Tasks;

/// <summary>
/// Runs one stage of the <c>heygen</c> command line (<c>score</c> or <c>gate</c>) on a run folder, out of
/// process: the tool from the project's local tool manifest (<c>dotnet tool run heygen</c>) or the executable
/// named by <c>HeyGenCiToolPath</c>. After <c>gate</c>, the verdict becomes a coded error or warning.
/// </summary>
public sealed class HeyGenCiTool : ToolTask
{
    private MSBuildDiagnosticSink? _sink;

    /// <summary>The stage to run: <c>score</c> or <c>gate</c>.</summary>
    [Required]
    public string Command { get; set; } = string.Empty;

    /// <summary>The run folder the tests wrote their result file to.</summary>
    [Required]
    public string RunFolder { get; set; } = string.Empty;

    /// <summary>The result label, <c>candidate</c> by default.</summary>
    public string Label { get; set; } = "candidate";

    /// <summary>The <c>heygen</c> executable; empty to use the local tool manifest.</summary>
    public string HeyGenToolPath { get; set; } = string.Empty;

    /// <summary>More arguments for the stage, as one command-line string.</summary>
    public string ExtraArguments { get; set; } = string.Empty;

    /// <summary>Whether a fail verdict is an error (true) or a warning.</summary>
    public bool FailOnVerdict { get; set; } = true;

    /// <summary>The folder the tool runs in, where the tool manifest is looked up from.</summary>
    public string WorkingDirectory { get; set; } = string.Empty;

    /// <summary>The verdict's decision after <c>gate</c>: pass, warn, fail or inconclusive.</summary>
    [Output]
    public string Decision { get; private set; } = string.Empty;

    /// <inheritdoc />
    protected override string ToolName => UsesManifest ? "dotnet" : Path.GetFileName(HeyGenToolPath);

    private bool UsesManifest => string.IsNullOrWhiteSpace(HeyGenToolPath);

    private RunFolder Folder => new(Path.TrimEndingDirectorySeparator(Path.GetFullPath(RunFolder)));

    /// <inheritdoc />
    public override bool Execute()
    {
        _sink = new MSBuildDiagnosticSink(Log);
        if (!CanStart(_sink))
        {
            return false;
        }

        var ran = base.Execute();
        if (string.Equals(Command, "gate", StringComparison.Ordinal))
        {
            return ReportVerdict(_sink) && !_sink.HasErrors;
        }

        return ran && !_sink.HasErrors;
    }

    /// <inheritdoc />
    protected override string GenerateFullPathToTool()
    {
        if (!UsesManifest)
        {
            return Path.GetFullPath(HeyGenToolPath);
        }

        // The SDK tells tasks which dotnet runs the build; the same one runs the local tool.
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    /// <inheritdoc />
    protected override string GetWorkingDirectory()
        => string.IsNullOrEmpty(WorkingDirectory) ? base.GetWorkingDirectory() : WorkingDirectory;

    /// <inheritdoc />
    protected override string GenerateCommandLineCommands()
    {
        var line = new CommandLineBuilder();
        if (UsesManifest)
        {
            line.AppendSwitch("tool");
            line.AppendSwitch("run");
            line.AppendSwitch("heygen");
        }

        line.AppendSwitch(Command);
        line.AppendSwitchIfNotNull("--run ", Folder.Root);
        if (!string.IsNullOrWhiteSpace(ExtraArguments))
        {
            line.AppendTextUnquoted(" " + ExtraArguments.Trim());
        }

        return line.ToString();
    }

    // The gate's verdict, not the exit code, decides what is reported; a missing verdict is a tool failure.
    /// <inheritdoc />
    protected override bool HandleTaskExecutionErrors()
    {
        if (string.Equals(Command, "gate", StringComparison.Ordinal) && File.Exists(Folder.VerdictFile))
        {
            return true;
        }

        _sink?.Report(DiagnosticCodes.GateToolFailed.Create(
            $"'heygen {Command}' exited with code {ExitCode} on the run folder '{Folder.Root}'. Its output above " +
            "says why; run the same command by hand to reproduce it."));

        return false;
    }

    private bool CanStart(IDiagnosticSink sink)
    {
        if (!UsesManifest && !File.Exists(HeyGenToolPath))
        {
            sink.Report(DiagnosticCodes.GateToolNotFound.Create(
                $"HeyGenCiToolPath is '{HeyGenToolPath}', which does not exist. Point it at the heygen " +
                "executable, or leave it empty and install the tool in a local manifest: " +
                "'dotnet new tool-manifest' then 'dotnet tool install HeyGen.Ci.Tool'."));
            return false;
        }

        if (UsesManifest && ToolManifest.FindDeclaring(GetWorkingDirectory(), "heygen") is null)
        {
            sink.Report(DiagnosticCodes.GateToolNotFound.Create(
                $"No local tool manifest (.config/dotnet-tools.json) at or above '{GetWorkingDirectory()}' " +
                "declares the heygen command. Run 'dotnet new tool-manifest' and 'dotnet tool install " +
                "HeyGen.Ci.Tool', or set HeyGenCiToolPath to the heygen executable."));
            return false;
        }

        var result = Folder.ResultFile(Label);
        if (!File.Exists(result))
        {
            sink.Report(DiagnosticCodes.NoRunResult.Create(
                $"There is no result file '{result}' to {Command}. The generated tests write it when they run " +
                "with HeyGenCiRunFolder set; run 'dotnet test' first, and check HeyGenCiLabel matches.", result));
            return false;
        }

        return true;
    }

    private bool ReportVerdict(IDiagnosticSink sink)
    {
        if (!File.Exists(Folder.VerdictFile))
        {
            return false;
        }

        var (decision, headline, reasons) = ReadVerdict(Folder.VerdictFile);
        Decision = decision;
        var message = $"HeyGen CI gate: {decision}. {headline}{reasons} See {Folder.ReportFile}.";
        var descriptor = decision switch
        {
            "fail" => FailOnVerdict ? DiagnosticCodes.GateFailed : null,
            "warn" => DiagnosticCodes.GateWarned,
            "inconclusive" => DiagnosticCodes.GateInconclusive,
            _ => null,
        };

        if (descriptor is null && decision == "fail")
        {
            Log.LogWarning(null, DiagnosticCodes.GateFailed.Code, DiagnosticCodes.GateFailed.HelpPath,
                Folder.VerdictFile, 0, 0, 0, 0, message);
        }
        else if (descriptor is not null)
        {
            sink.Report(descriptor.Create(message, Folder.VerdictFile));
        }
        else
        {
            Log.LogMessage(MessageImportance.High, message);
        }

        return true;
    }

    private static (string Decision, string Headline, string Reasons) ReadVerdict(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var decision = Text(root, "decision") ?? "inconclusive";
        var headline = Text(root, "headline") ?? string.Empty;
        var reasons = root.TryGetProperty("reasons", out var list) && list.ValueKind == JsonValueKind.Array
            ? string.Concat(list.EnumerateArray().Take(5).Select(r => " " + (Text(r, "message") ?? string.Empty)))
            : string.Empty;

        return (decision, headline, reasons);
    }

    private static string? Text(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
