using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace HeyGen.Ci.GitHub.Actions;

/// <summary>The runner's file commands: step outputs (<c>GITHUB_OUTPUT</c>) and the job summary.</summary>
public static partial class RunnerFiles
{
    /// <summary>
    /// Appends outputs to <paramref name="path"/>, each as <c>name&lt;&lt;DELIMITER</c> with a fresh random
    /// delimiter that the value does not contain, so no value can smuggle in another output.
    /// </summary>
    public static async Task AppendOutputsAsync(
        string path, IEnumerable<KeyValuePair<string, string>> outputs, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in outputs)
        {
            if (!OutputName().IsMatch(name))
            {
                throw new ArgumentException($"'{name}' is not an output name.", nameof(outputs));
            }

            var delimiter = Delimiter(value);
            builder.Append(name).Append("<<").Append(delimiter).Append('\n')
                .Append(value.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n')
                .Append(delimiter).Append('\n');
        }

        await File.AppendAllTextAsync(path, builder.ToString(), new UTF8Encoding(false), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Appends Markdown to the job summary file; the caller keeps it within the runner's 1 MiB.</summary>
    public static Task AppendSummaryAsync(string path, string markdown, CancellationToken cancellationToken)
        => File.AppendAllTextAsync(path, markdown, new UTF8Encoding(false), cancellationToken);

    private static string Delimiter(string value)
    {
        while (true)
        {
            var delimiter = "ghadelimiter_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            if (!value.Contains(delimiter, StringComparison.Ordinal))
            {
                return delimiter;
            }
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex OutputName();
}
