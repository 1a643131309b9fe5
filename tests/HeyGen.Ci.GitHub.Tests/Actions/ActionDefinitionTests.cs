using HeyGen.Ci.Tests;

namespace HeyGen.Ci.GitHub.Tests.Actions;

public sealed class ActionDefinitionTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string> { "action.yml" };
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "action", "examples"), "*.yml"))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void RunBlocks_HoldNoExpressions(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));

        var offending = RunBlocks.WithExpressions(text);

        Assert.True(offending.Count == 0, $"{file}: ${{{{ }}}} inside run: at line(s) {string.Join(", ", offending)}");
    }

    [Fact]
    public void RunBlocks_FindsAnExpressionInAnInlineOrBlockRun()
    {
        const string text = """
            steps:
              - run: echo "${{ github.event.pull_request.title }}"
              - env:
                  TITLE: ${{ github.event.pull_request.title }}
                run: |
                  echo "$TITLE"
                  echo "${{ inputs.x }}"
              - run: echo safe
            """;

        Assert.Equal([2, 7], RunBlocks.WithExpressions(text));
    }

    [Fact]
    public void Action_EveryInputIsDescribedWithADefaultAndKebabCase()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "action.yml"));
        var start = Array.IndexOf(lines, "inputs:");
        var end = Array.IndexOf(lines, "outputs:");
        var inputs = new List<(string Name, List<string> Keys)>();
        foreach (var line in lines[(start + 1)..end].Where(l => l.Trim().Length > 0))
        {
            if (line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
            {
                inputs.Add((line.Trim().TrimEnd(':'), []));
            }
            else
            {
                inputs[^1].Keys.Add(line.Trim().Split(':')[0]);
            }
        }

        Assert.True(inputs.Count >= 10);
        Assert.All(inputs, i => Assert.Matches("^[a-z]+(-[a-z]+)*$", i.Name));
        Assert.All(inputs, i => Assert.Contains("description", i.Keys));
        Assert.All(inputs, i => Assert.Contains("default", i.Keys));
        Assert.Contains("default: ${{ github.token }}", string.Join('\n', lines));
    }

    [Fact]
    public void Action_GateIsTheLastStepAndRunsAfterTheReport()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "action.yml"));

        var report = text.IndexOf("action/report.sh", StringComparison.Ordinal);
        var gate = text.IndexOf("action/gate.sh", StringComparison.Ordinal);

        Assert.True(report > 0 && gate > report);
        Assert.Equal(gate, text.LastIndexOf("run: ", StringComparison.Ordinal) + "run: '\"$GITHUB_ACTION_PATH/".Length);
    }
}
