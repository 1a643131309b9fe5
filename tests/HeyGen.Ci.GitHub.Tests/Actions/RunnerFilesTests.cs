using HeyGen.Ci.GitHub.Actions;

namespace HeyGen.Ci.GitHub.Tests.Actions;

public sealed class RunnerFilesTests
{
    [Fact]
    public async Task AppendOutputs_ValueHoldingADelimiterLikeLine_CannotAddAnOutput()
    {
        var path = Path.GetTempFileName();
        try
        {
            var hostile = "pass\nEOF\ninjected=yes\nghadelimiter_0\nmore";
            await RunnerFiles.AppendOutputsAsync(path, [new("verdict", hostile), new("score", "0.5")], default);
            await RunnerFiles.AppendOutputsAsync(path, [new("verdict", "again")], default);

            var outputs = ParseLikeTheRunner(await File.ReadAllTextAsync(path));

            Assert.Equal(hostile, outputs[0].Value);
            Assert.Equal(("score", "0.5"), outputs[1]);
            Assert.Equal(("verdict", "again"), outputs[2]);
            Assert.Equal(3, outputs.Count);
            var delimiters = File.ReadAllLines(path).Where(l => l.Contains("<<", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf("<<", StringComparison.Ordinal) + 2)..]).ToList();
            Assert.Equal(delimiters.Count, delimiters.Distinct().Count());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AppendOutputs_BadName_IsRefused()
    {
        var path = Path.GetTempFileName();
        try
        {
            await Assert.ThrowsAsync<ArgumentException>(
                () => RunnerFiles.AppendOutputsAsync(path, [new("a=b", "x")], default));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The runner's reading of the file: NAME<<DELIM, value lines, a line equal to DELIM.
    private static List<(string Name, string Value)> ParseLikeTheRunner(string text)
    {
        var lines = text.Split('\n');
        var outputs = new List<(string, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var split = lines[i].IndexOf("<<", StringComparison.Ordinal);
            var name = lines[i][..split];
            var delimiter = lines[i][(split + 2)..];
            var value = new List<string>();
            while (lines[++i] != delimiter)
            {
                value.Add(lines[i]);
            }

            outputs.Add((name, string.Join('\n', value)));
        }

        return outputs;
    }
}
