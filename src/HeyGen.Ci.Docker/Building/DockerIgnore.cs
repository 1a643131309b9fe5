using System.Text;
using System.Text.RegularExpressions;

namespace HeyGen.Ci.Docker.Building;

/// <summary>
/// The patterns of a <c>.dockerignore</c> file: <c>*</c>, <c>?</c>, <c>**</c>, <c>!</c> exceptions and comments.
/// The last matching pattern decides, and a pattern that matches a folder excludes what is inside it.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly IReadOnlyList<(Regex Pattern, bool Exclude)> _rules;

    private DockerIgnore(IReadOnlyList<(Regex Pattern, bool Exclude)> rules)
    {
        _rules = rules;
    }

    /// <summary>Ignores nothing.</summary>
    public static DockerIgnore Empty { get; } = new([]);

    /// <summary>Reads <c>.dockerignore</c> in <paramref name="contextFolder"/>, or ignores nothing.</summary>
    public static DockerIgnore Load(string contextFolder)
    {
        var path = Path.Combine(contextFolder, ".dockerignore");
        return File.Exists(path) ? Parse(File.ReadAllLines(path)) : Empty;
    }

    /// <summary>Parses the lines of a <c>.dockerignore</c> file.</summary>
    public static DockerIgnore Parse(IEnumerable<string> lines)
    {
        var rules = new List<(Regex, bool)>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var exclude = !line.StartsWith('!');
            var pattern = Clean(exclude ? line : line[1..].Trim());
            if (pattern.Length > 0)
            {
                rules.Add((ToRegex(pattern), exclude));
            }
        }

        return new DockerIgnore(rules);
    }

    /// <summary>Whether the file or folder at <paramref name="relativePath"/> (with <c>/</c>) is left out.</summary>
    public bool IsExcluded(string relativePath)
    {
        var excluded = false;
        foreach (var (pattern, exclude) in _rules)
        {
            if (MatchesSelfOrParent(pattern, relativePath))
            {
                excluded = exclude;
            }
        }

        return excluded;
    }

    private static bool MatchesSelfOrParent(Regex pattern, string path)
    {
        for (var candidate = path; candidate.Length > 0; candidate = Parent(candidate))
        {
            if (pattern.IsMatch(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static string Parent(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }

    private static string Clean(string pattern)
    {
        var cleaned = pattern.Replace('\\', '/').Trim('/');
        while (cleaned.StartsWith("./", StringComparison.Ordinal))
        {
            cleaned = cleaned[2..];
        }

        return cleaned;
    }

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                // "**/" matches any number of folders, including none; a trailing "**" matches everything.
                var slashFollows = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slashFollows ? "(.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
