using System.Text;
using System.Text.RegularExpressions;

namespace HeyGen.Ci.Docker.Building;

/// <summary>
/// What the product needs to know and change in a Dockerfile before building it: the base images of its
/// stages (so a missing one is reported instead of pulled), and a <c>LABEL</c> after every <c>FROM</c>, so
/// that even the intermediate images of a failed build carry the run's labels and can be removed by them.
/// </summary>
internal static partial class DockerfileText
{
    /// <summary>Inserts a <c>LABEL</c> instruction with <paramref name="labels"/> after every <c>FROM</c>.</summary>
    public static string AddLabels(string dockerfile, IDictionary<string, string> labels)
    {
        var label = "LABEL " + string.Join(' ', labels.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => $"\"{l.Key}\"=\"{l.Value}\""));
        var output = new StringBuilder();
        var inFrom = false;
        var continued = false;

        foreach (var line in SplitLines(dockerfile))
        {
            output.Append(line).Append('\n');
            inFrom = inFrom || (!continued && FromLine().IsMatch(line));
            continued = line.TrimEnd().EndsWith('\\');

            // A FROM may continue over several lines; the label goes after its last one.
            if (inFrom && !continued)
            {
                output.Append(label).Append('\n');
                inFrom = false;
            }
        }

        return output.ToString();
    }

    /// <summary>
    /// The images the stages start from, with <c>ARG</c>s before the first <c>FROM</c> and
    /// <paramref name="buildArgs"/> substituted; <c>scratch</c> and references to earlier stages left out.
    /// </summary>
    public static IReadOnlyList<string> BaseImages(string dockerfile, IReadOnlyDictionary<string, string> buildArgs)
    {
        var args = new Dictionary<string, string>(buildArgs, StringComparer.Ordinal);
        var stages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var images = new List<string>();
        var seenFrom = false;

        foreach (var line in JoinContinuations(dockerfile))
        {
            var arg = ArgLine().Match(line);
            if (!seenFrom && arg.Success && arg.Groups["value"].Success)
            {
                args.TryAdd(arg.Groups["name"].Value, Unquote(arg.Groups["value"].Value));
            }

            var from = FromImage().Match(line);
            if (!from.Success)
            {
                continue;
            }

            seenFrom = true;
            var image = Substitute(from.Groups["image"].Value, args);
            if (!stages.Contains(image) && !image.Equals("scratch", StringComparison.OrdinalIgnoreCase))
            {
                images.Add(image);
            }

            if (from.Groups["stage"].Success)
            {
                stages.Add(from.Groups["stage"].Value);
            }
        }

        return images.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string Substitute(string text, IReadOnlyDictionary<string, string> args)
        => Reference().Replace(text, m =>
        {
            var name = m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["bare"].Value;
            return args.TryGetValue(name, out var value) ? value : m.Groups["default"].Value;
        });

    private static string Unquote(string value)
        => value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;

    private static IEnumerable<string> SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static IEnumerable<string> JoinContinuations(string text)
    {
        var current = new StringBuilder();
        foreach (var line in SplitLines(text))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.EndsWith('\\'))
            {
                current.Append(trimmed[..^1]).Append(' ');
                continue;
            }

            yield return current.Append(line).ToString();
            current.Clear();
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    [GeneratedRegex(@"^\s*FROM\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromLine();

    [GeneratedRegex(
        @"^\s*FROM\s+(?:--\S+\s+)*(?<image>\S+)(?:\s+AS\s+(?<stage>\S+))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromImage();

    [GeneratedRegex(@"^\s*ARG\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:=(?<value>\S*))?", RegexOptions.IgnoreCase)]
    private static partial Regex ArgLine();

    [GeneratedRegex(
        @"\$(?:\{(?<braced>[A-Za-z_][A-Za-z0-9_]*)(?::-(?<default>[^}]*))?\}|(?<bare>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Reference();
}
