using HeyGen.Ci.Docker.Building;

namespace HeyGen.Ci.Docker.Tests.Building;

public sealed class DockerIgnoreTests
{
    private static readonly DockerIgnore Rules = DockerIgnore.Parse(
    [
        "# comment",
        "",
        "bin/",
        "*.log",
        "**/obj",
        "docs/**/*.md",
        "!docs/keep/README.md",
        "./secrets",
        "a?c",
    ]);

    [Theory]
    [InlineData("bin", true)]
    [InlineData("bin/app.dll", true)]
    [InlineData("app.log", true)]
    [InlineData("sub/app.log", false)]
    [InlineData("obj", true)]
    [InlineData("src/deep/obj/x.cs", true)]
    [InlineData("docs/a/b/page.md", true)]
    [InlineData("docs/page.md", true)]
    [InlineData("docs/keep/README.md", false)]
    [InlineData("secrets/key", true)]
    [InlineData("abc", true)]
    [InlineData("abbc", false)]
    [InlineData("src/Program.cs", false)]
    [InlineData("comment", false)]
    public void IsExcluded_Patterns_MatchLikeTheDockerCli(string path, bool excluded)
        => Assert.Equal(excluded, Rules.IsExcluded(path));

    [Fact]
    public void Load_NoFile_IgnoresNothing()
        => Assert.False(DockerIgnore.Load(Path.GetTempPath() + Guid.NewGuid()).IsExcluded("anything"));
}
