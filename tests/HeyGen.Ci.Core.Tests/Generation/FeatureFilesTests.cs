using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Core.Tests.Generation;

public sealed class FeatureFilesTests
{
    private static readonly string[] Inputs =
    [
        RepositoryPaths.Case("B12-token-correlation.har"), RepositoryPaths.Case("B13-volatile-response-fields.har"),
        RepositoryPaths.Case("B10-repeated-call-changing-state.har"), RepositoryPaths.Case("B19-non-ascii.har"),
    ];

    [Fact]
    public async Task Generate_Twice_GivesIdenticalBytes()
    {
        using var first = await GeneratedFeatures.FromAsync(Inputs);
        using var second = await GeneratedFeatures.FromAsync(Inputs);

        var names = first.Result.FeatureFiles.Select(Path.GetFileName).ToList();
        Assert.Equal(names, second.Result.FeatureFiles.Select(Path.GetFileName));
        Assert.True(names.Count >= 4);
        foreach (var name in names)
        {
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(first.Folder, name!)),
                File.ReadAllBytes(Path.Combine(second.Folder, name!)));
        }

        Assert.Equal(File.ReadAllBytes(first.Result.AnalysisFile!), File.ReadAllBytes(second.Result.AnalysisFile!));
    }

    [Fact]
    public async Task Generate_IntoTheSameFolderAgain_WritesNothing()
    {
        using var folder = new TempFolder();
        using var first = await GeneratedFeatures.FromAsync(Inputs, folder: folder.Path);
        var stamps = first.Result.FeatureFiles.ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = await GeneratedFeatures.FromAsync(Inputs, folder: folder.Path);

        Assert.NotEmpty(first.Result.WrittenFiles);
        Assert.Empty(again.Result.WrittenFiles);
        Assert.Equal(first.Result.FeatureFiles, again.Result.FeatureFiles);
        Assert.All(stamps, s => Assert.Equal(s.Value, File.GetLastWriteTimeUtc(s.Key)));
    }

    [Fact]
    public async Task Generate_StaleGeneratedFeature_IsDeleted_HandWrittenOneIsKept()
    {
        using var folder = new TempFolder();
        var stale = folder.File("old.feature");
        File.WriteAllText(stale, "@heygen-generated\nFeature: old\n");
        var own = folder.File("notes.feature");
        File.WriteAllText(own, "Feature: written by a person\n");

        var generated = await GeneratedFeatures.FromAsync(
            [RepositoryPaths.Case("B12-token-correlation.har")], folder: folder.Path);

        Assert.Equal([stale], generated.Result.DeletedFiles);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(own));
    }

    [Fact]
    public async Task Generate_HandWrittenFileWithAGeneratedName_IsKeptWithHGCI7006()
    {
        using var folder = new TempFolder();
        var own = folder.File("login.feature");
        File.WriteAllText(own, "Feature: login, by hand\n");

        var generated = await GeneratedFeatures.FromAsync(
            [RepositoryPaths.Case("B12-token-correlation.har")], folder: folder.Path);

        Assert.Equal("Feature: login, by hand\n", File.ReadAllText(own));
        var diagnostic = Assert.Single(generated.Diagnostics.Items, d => d.Code == "HGCI7006");
        Assert.Equal(own, diagnostic.File);
        Assert.DoesNotContain(own, generated.Result.FeatureFiles);
    }

    [Fact]
    public async Task Generate_OutputFolderIsAFile_FailsWithHGCI7005()
    {
        using var folder = new TempFolder();
        var file = folder.File("taken");
        File.WriteAllText(file, "x");

        var ex = await Assert.ThrowsAsync<Diagnostics.HeyGenException>(
            () => GeneratedFeatures.FromAsync([RepositoryPaths.Case("B12-token-correlation.har")], folder: file));

        Assert.Equal("HGCI7005", ex.Diagnostic.Code);
    }

    [Fact]
    public async Task Generate_AnalysisFileOption_PutsAnalysisThere()
    {
        using var folder = new TempFolder();
        var analysisFile = folder.File("elsewhere/analysis.json");
        var request = new Core.Generation.GenerationRequest
        {
            Inputs = [RepositoryPaths.Case("B12-token-correlation.har")],
            OutputFolder = folder.File("features"),
            AnalysisFile = analysisFile,
        };

        var result = await Core.Generation.SpecGeneration.GenerateAsync(
            request, new Diagnostics.DiagnosticBag(), CancellationToken.None);

        Assert.True(File.Exists(analysisFile));
        Assert.Contains(Path.GetFullPath(analysisFile), result.WrittenFiles);
        var text = File.ReadAllText(analysisFile);
        Assert.StartsWith("{\n  \"schema\": \"heygen.analysis/v1\"", text, StringComparison.Ordinal);
    }
}
