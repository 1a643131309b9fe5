using Gherkin;
using Gherkin.Ast;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Generation;

namespace HeyGen.Ci.Core.Tests.Generation;

/// <summary>Runs a generation into a fresh temporary folder and parses what it wrote back with the Gherkin
/// parser.</summary>
internal sealed class GeneratedFeatures : IDisposable
{
    private GeneratedFeatures(string folder, GenerationResult result, DiagnosticBag diagnostics)
    {
        Folder = folder;
        Result = result;
        Diagnostics = diagnostics;
    }

    public string Folder { get; }

    public GenerationResult Result { get; }

    public DiagnosticBag Diagnostics { get; }

    public static async Task<GeneratedFeatures> FromAsync(
        IReadOnlyList<string> inputs, bool keepStaticAssets = false, string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "heygen-gen-" + Guid.NewGuid().ToString("N"));
        var diagnostics = new DiagnosticBag();
        var request = new GenerationRequest
        {
            Inputs = inputs,
            OutputFolder = folder,
            KeepStaticAssets = keepStaticAssets,
        };
        var result = await SpecGeneration.GenerateAsync(request, diagnostics, CancellationToken.None);

        return new GeneratedFeatures(folder, result, diagnostics);
    }

    public static GherkinDocument Parse(string path)
    {
        using var reader = new StreamReader(path);

        return new Parser().Parse(reader);
    }

    public IReadOnlyList<GherkinDocument> Documents() => Result.FeatureFiles.Select(Parse).ToList();

    public IReadOnlyList<Scenario> Scenarios() => Documents()
        .SelectMany(d => d.Feature.Children.OfType<Scenario>())
        .ToList();

    public IReadOnlyList<Step> Steps() => Scenarios().SelectMany(s => s.Steps).ToList();

    public string AllText() => string.Join("\n", Result.FeatureFiles.Select(File.ReadAllText));

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
