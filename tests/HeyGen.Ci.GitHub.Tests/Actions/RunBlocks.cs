namespace HeyGen.Ci.GitHub.Tests.Actions;

/// <summary>
/// Finds <c>${{ }}</c> inside <c>run:</c> scripts of a workflow or action file, where the runner would splice text
/// into the script before the shell parses it. Reads YAML by indentation: an inline value or a block scalar.
/// </summary>
internal static class RunBlocks
{
    /// <summary>The one-based lines of run scripts that hold an expression.</summary>
    public static IReadOnlyList<int> WithExpressions(string yaml)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var found = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ', '-');
            if (!trimmed.StartsWith("run:", StringComparison.Ordinal))
            {
                continue;
            }

            var value = trimmed["run:".Length..].Trim();
            if (value.Contains("${{", StringComparison.Ordinal))
            {
                found.Add(i + 1);
            }

            if (value.StartsWith('|') || value.StartsWith('>'))
            {
                // The block is every following line indented deeper than the run key itself.
                var indent = lines[i].IndexOf("run:", StringComparison.Ordinal);
                for (var j = i + 1; j < lines.Length && (lines[j].Trim().Length == 0 || Indent(lines[j]) > indent); j++)
                {
                    if (lines[j].Contains("${{", StringComparison.Ordinal))
                    {
                        found.Add(j + 1);
                    }
                }
            }
        }

        return found;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
}
