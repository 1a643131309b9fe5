using System.Text;
using System.Text.Json;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.MSBuild.CodeBehind;
using HeyGen.Ci.MSBuild.Incremental;
using HeyGen.Ci.MSBuild.Logging;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace HeyGen.Ci.MSBuild.Tasks;

/// <summary>
/// Writes the xUnit v3 code-behind of every feature file, the assembly hooks and the runtime settings the tests
/// read (target address, run folder). Files are rewritten only when their content changes; code-behind of
/// features that no longer exist is deleted.
/// </summary>
public sealed class GenerateHeyGenCiCodeBehind : Microsoft.Build.Utilities.Task
{
    /// <summary>The feature files, with <c>RecursiveDir</c> relative to the features folder.</summary>
    [Required]
    public ITaskItem[] Features { get; set; } = [];

    /// <summary>The folder under <c>obj/</c> the code-behind goes to.</summary>
    [Required]
    public string CodeBehindFolder { get; set; } = string.Empty;

    /// <summary>The project's root namespace; test classes go to <c>RootNamespace.HeyGenCi</c>.</summary>
    [Required]
    public string RootNamespace { get; set; } = string.Empty;

    /// <summary>Where the runtime settings file is written.</summary>
    [Required]
    public string RuntimeSettingsFile { get; set; } = string.Empty;

    /// <summary>The address the tests run against (<c>HeyGenCiTarget</c>); may be empty and set at run time.</summary>
    public string Target { get; set; } = string.Empty;

    /// <summary>The run folder the tests write <c>results/&lt;label&gt;.json</c> to.</summary>
    public string RunFolder { get; set; } = string.Empty;

    /// <summary>The label of the result file, <c>candidate</c> by default.</summary>
    public string Label { get; set; } = "candidate";

    /// <summary>Every file this task wrote or kept, for <c>FileWrites</c>.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = [];

    /// <summary>Only the files whose content changed in this run.</summary>
    [Output]
    public ITaskItem[] ChangedFiles { get; private set; } = [];

    /// <inheritdoc />
    public override bool Execute()
    {
        var sink = new MSBuildDiagnosticSink(Log);
        try
        {
            Generate(sink);
        }
        catch (IOException ex)
        {
            sink.Report(DiagnosticCodes.MSBuildInternalError.Create(
                $"Writing the code-behind under '{CodeBehindFolder}' failed: {ex.Message}. Check the folder is " +
                "writable and not locked by another build."));
        }

        return !sink.HasErrors;
    }

    private void Generate(MSBuildDiagnosticSink sink)
    {
        var generated = new List<string>();
        var changed = new List<string>();
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var item in Features)
        {
            var output = Emit(item, classes, sink);
            if (output is not null)
            {
                Record(output.Value.Path, output.Value.Content, generated, changed);
            }
        }

        if (generated.Count > 0)
        {
            var hooks = Path.Combine(CodeBehindFolder, "HeyGenCi.AssemblyHooks.cs");
            Record(hooks, CodeBehindEmitter.EmitAssemblyHooks(Namespace()), generated, changed);
        }

        Record(RuntimeSettingsFile, RuntimeSettings(), generated, changed);
        DeleteStale(generated);

        GeneratedFiles = [.. generated.Select(p => new TaskItem(p))];
        ChangedFiles = [.. changed.Select(p => new TaskItem(p))];
        Log.LogMessage(MessageImportance.Normal,
            $"HeyGen CI: {changed.Count} of {generated.Count} generated files changed under {CodeBehindFolder}");
    }

    private (string Path, string Content)? Emit(
        ITaskItem item, Dictionary<string, string> classes, IDiagnosticSink sink)
    {
        var path = item.GetMetadata("FullPath");
        var relative = (item.GetMetadata("RecursiveDir") + item.GetMetadata("Filename") + item.GetMetadata("Extension"))
            .Replace('\\', '/');
        var feature = FeatureReader.Read(File.ReadAllText(path), path, relative, sink);
        if (feature is null)
        {
            return null;
        }

        var names = TestClassName.For(Namespace(), relative);
        var fullName = names.Namespace + "." + names.Class;
        if (classes.TryGetValue(fullName, out var other))
        {
            sink.Report(DiagnosticCodes.DuplicateFeatureClass.Create(
                $"The feature files '{other}' and '{relative}' both map to the test class {fullName}. Rename one " +
                "of them so their names differ in more than punctuation.", path));
            return null;
        }

        classes[fullName] = relative;
        var output = Path.Combine(CodeBehindFolder, relative + ".cs");
        var linePath = Path.GetRelativePath(Path.GetDirectoryName(output)!, path).Replace('\\', '/');

        return (output, CodeBehindEmitter.Emit(feature, names, linePath, "HeyGenCi/" + relative));
    }

    private string Namespace() => string.IsNullOrWhiteSpace(RootNamespace) ? "Tests" : RootNamespace;

    private static void Record(string path, string content, List<string> generated, List<string> changed)
    {
        var full = Path.GetFullPath(path);
        generated.Add(full);
        if (GeneratedFileWriter.WriteIfChanged(full, content))
        {
            changed.Add(full);
        }
    }

    private void DeleteStale(List<string> generated)
    {
        if (!Directory.Exists(CodeBehindFolder))
        {
            return;
        }

        var keep = new HashSet<string>(generated, StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(CodeBehindFolder, "*.cs", SearchOption.AllDirectories))
        {
            if (!keep.Contains(Path.GetFullPath(file)))
            {
                File.Delete(file);
                Log.LogMessage(MessageImportance.Normal, $"HeyGen CI: deleted stale code-behind {file}");
            }
        }
    }

    private string RuntimeSettings()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("schema", "heygen.msbuild-runtime/v1");
            json.WriteString("target", Target);
            json.WriteString("runFolder", string.IsNullOrEmpty(RunFolder) ? string.Empty : Path.GetFullPath(RunFolder));
            json.WriteString("label", string.IsNullOrEmpty(Label) ? "candidate" : Label);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
