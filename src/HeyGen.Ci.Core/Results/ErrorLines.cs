using System.Text.RegularExpressions;

namespace HeyGen.Ci.Core.Results;

/// <summary>
/// The one rule for <see cref="LogSummary.ErrorLines"/>: a line of the system under test's output that names an
/// error, a failure, an exception, a panic or a fatal or critical condition, whether it ran in Docker or as a
/// local process, so the measure means the same on both.
/// </summary>
public static partial class ErrorLines
{
    /// <summary>Whether <paramref name="line"/> looks like an error.</summary>
    public static bool Matches(string line) => ErrorLike().IsMatch(line);

    [GeneratedRegex(@"\b(error|fail|failed|failure|exception|fatal|panic|crit|critical)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorLike();
}
