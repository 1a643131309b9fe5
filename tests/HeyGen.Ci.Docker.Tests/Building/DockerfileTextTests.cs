using HeyGen.Ci.Docker.Building;

namespace HeyGen.Ci.Docker.Tests.Building;

public sealed class DockerfileTextTests
{
    private const string MultiStage = """
        # syntax=docker/dockerfile:1
        ARG BASE_IMAGE=heygen-local/aspnet:10.0
        ARG SDK
        FROM --platform=linux/amd64 ${SDK:-heygen-local/sdk:10.0} AS build
        RUN echo hi && \
            echo FROM not-an-image
        FROM build AS test
        FROM scratch AS empty
        FROM $BASE_IMAGE \
            AS final
        COPY --from=build /out /app
        """;

    [Fact]
    public void BaseImages_ArgsDefaultsStagesAndScratch_ResolvedToRealImages()
    {
        var images = DockerfileText.BaseImages(MultiStage, new Dictionary<string, string>());

        Assert.Equal(["heygen-local/sdk:10.0", "heygen-local/aspnet:10.0"], images);
    }

    [Fact]
    public void BaseImages_BuildArgGiven_OverridesTheDefault()
    {
        var images = DockerfileText.BaseImages(
            MultiStage, new Dictionary<string, string> { ["BASE_IMAGE"] = "mine:1", ["SDK"] = "sdk:2" });

        Assert.Equal(["sdk:2", "mine:1"], images);
    }

    [Fact]
    public void AddLabels_EveryFrom_FollowedByTheLabelEvenWhenContinued()
    {
        var labels = new Dictionary<string, string> { ["heygen-ci"] = "true", ["heygen-ci.run-id"] = "r1" };

        var text = DockerfileText.AddLabels(MultiStage, labels);

        var lines = text.Split('\n');
        var label = "LABEL \"heygen-ci\"=\"true\" \"heygen-ci.run-id\"=\"r1\"";
        Assert.Equal(4, lines.Count(l => l == label));
        Assert.Equal(label, lines[Array.FindIndex(lines, l => l.Contains("AS final", StringComparison.Ordinal)) + 1]);
        Assert.Equal("    echo FROM not-an-image", lines[Array.IndexOf(lines, "    echo FROM not-an-image")]);
        Assert.NotEqual(label, lines[Array.IndexOf(lines, "    echo FROM not-an-image") + 1]);
    }
}
