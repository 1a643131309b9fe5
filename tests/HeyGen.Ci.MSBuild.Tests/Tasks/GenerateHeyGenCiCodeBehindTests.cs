using HeyGen.Ci.MSBuild.Tasks;
using HeyGen.Ci.MSBuild.Tests.Harness;
using Microsoft.Build.Utilities;

namespace HeyGen.Ci.MSBuild.Tests.Tasks;

public sealed class GenerateHeyGenCiCodeBehindTests : IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "heygen-codebehind-" + Guid.NewGuid().ToString("N"));

    private string Features => Path.Combine(_folder, "Features");

    private string CodeBehind => Path.Combine(_folder, "obj", "CodeBehind");

    [Fact]
    public void Execute_ValidFeatures_WritesOneClassPerFeatureAndTheHooks()
    {
        Feature("shop/cart.feature", "Feature: Cart\n  Scenario: Add\n    When I send a GET request to \"/cart\"\n");
        var (task, engine) = Task();

        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));

        var code = File.ReadAllText(Path.Combine(CodeBehind, "shop", "cart.feature.cs"));
        Assert.Contains("namespace Shop.Tests.HeyGenCi.Shop;", code, StringComparison.Ordinal);
        Assert.Contains("public sealed class CartFeature", code, StringComparison.Ordinal);
        Assert.Contains("#line 2 \"../../../Features/shop/cart.feature\"", code, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(CodeBehind, "HeyGenCi.AssemblyHooks.cs")));
        Assert.Contains("\"target\": \"http://127.0.0.1:1\"", File.ReadAllText(Settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_NothingChanged_RewritesNothing()
    {
        Feature("a.feature", "Feature: A\n  Scenario: One\n    When I send a GET request to \"/a\"\n");
        Assert.True(Task().Task.Execute());
        var file = Path.Combine(CodeBehind, "a.feature.cs");
        var written = File.GetLastWriteTimeUtc(file);
        File.SetLastWriteTimeUtc(file, written.AddMinutes(-5));

        var (again, _) = Task();
        Assert.True(again.Execute());

        Assert.Empty(again.ChangedFiles);
        Assert.Equal(written.AddMinutes(-5), File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void Execute_FeatureRemoved_DeletesItsCodeBehind()
    {
        Feature("a.feature", "Feature: A\n  Scenario: One\n    When I send a GET request to \"/a\"\n");
        var b = Feature("b.feature", "Feature: B\n  Scenario: Two\n    When I send a GET request to \"/b\"\n");
        Assert.True(Task().Task.Execute());
        File.Delete(b);

        Assert.True(Task().Task.Execute());

        Assert.False(File.Exists(Path.Combine(CodeBehind, "b.feature.cs")));
        Assert.True(File.Exists(Path.Combine(CodeBehind, "a.feature.cs")));
    }

    [Fact]
    public void Execute_InvalidGherkin_ReportsHGCI1001AtTheLineAndKeepsTheOtherFeatures()
    {
        var bad = Feature(
            "bad.feature", "Feature: Bad\n  Scenario: One\n    When I send\n  Oops this is not gherkin\n");
        Feature("good.feature", "Feature: Good\n  Scenario: One\n    When I send a GET request to \"/\"\n");
        var (task, engine) = Task();

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("HGCI1001", error.Code);
        Assert.Equal(bad, error.File);
        Assert.Equal(4, error.LineNumber);
        Assert.True(File.Exists(Path.Combine(CodeBehind, "good.feature.cs")));
    }

    [Fact]
    public void Execute_TwoFilesOneClassName_ReportsHGCI1008()
    {
        Feature("my-cart.feature", "Feature: A\n  Scenario: One\n    When I send a GET request to \"/a\"\n");
        Feature("my_cart.feature", "Feature: B\n  Scenario: Two\n    When I send a GET request to \"/b\"\n");
        Feature("MyCart.feature", "Feature: C\n  Scenario: Three\n    When I send a GET request to \"/c\"\n");
        var (task, engine) = Task();

        Assert.False(task.Execute());

        Assert.Contains(engine.Errors, e => e.Code == "HGCI1008");
    }

    [Fact]
    public void Execute_CodeBehindFolderIsAFile_ReportsHGCI1099()
    {
        Feature("a.feature", "Feature: A\n  Scenario: One\n    When I send a GET request to \"/a\"\n");
        Directory.CreateDirectory(Path.GetDirectoryName(CodeBehind)!);
        File.WriteAllText(CodeBehind, "not a folder");
        var (task, engine) = Task();

        Assert.False(task.Execute());

        Assert.Equal("HGCI1099", Assert.Single(engine.Errors).Code);
    }

    private string Settings => Path.Combine(_folder, "obj", "heygen-ci.runtime.json");

    private string Feature(string relative, string text)
    {
        var path = Path.Combine(Features, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);

        return path;
    }

    private (GenerateHeyGenCiCodeBehind Task, RecordingBuildEngine Engine) Task()
    {
        var items = Directory.EnumerateFiles(Features, "*.feature", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var item = new TaskItem(path);
                var folder = Path.GetRelativePath(Features, Path.GetDirectoryName(path)!);
                item.SetMetadata("RecursiveDir", folder == "." ? string.Empty : folder + "/");
                return item;
            })
            .ToArray();
        var engine = new RecordingBuildEngine();
        var task = new GenerateHeyGenCiCodeBehind
        {
            BuildEngine = engine,
            Features = items,
            CodeBehindFolder = CodeBehind,
            RootNamespace = "Shop.Tests",
            RuntimeSettingsFile = Settings,
            Target = "http://127.0.0.1:1",
            RunFolder = Path.Combine(_folder, "runs", "r1"),
        };

        return (task, engine);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
