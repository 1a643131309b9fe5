using System.Text.RegularExpressions;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>
/// The hidden first line of a report comment, <c>&lt;!-- heygen-ci:report=NAME --&gt;</c>, by which a later run finds
/// the comment to update. One pull request can carry several reports, one per name.
/// </summary>
public static partial class ReportMarker
{
    /// <summary>The report name used when none is given.</summary>
    public const string DefaultName = "heygen-ci";

    /// <summary>The marker for the report called <paramref name="reportName"/>.</summary>
    /// <exception cref="HeyGenException">
    /// The name is empty, too long or holds other than letters, digits, <c>.</c>, <c>_</c>, <c>-</c>.
    /// </exception>
    public static string For(string reportName)
    {
        Validate(reportName);

        return $"<!-- heygen-ci:report={reportName} -->";
    }

    /// <summary>Whether <paramref name="body"/> is a report comment of this name: the marker is line one.</summary>
    public static bool Marks(string? body, string reportName)
    {
        if (body is null)
        {
            return false;
        }

        var marker = For(reportName);

        return body.StartsWith(marker + "\n", StringComparison.Ordinal) || body == marker;
    }

    /// <summary>Throws <see cref="DiagnosticCodes.InvalidReportName"/> unless the name can go into a marker.</summary>
    public static void Validate(string reportName)
    {
        if (!NamePattern().IsMatch(reportName))
        {
            throw new HeyGenException(DiagnosticCodes.InvalidReportName.Create(
                $"The report name '{reportName}' cannot be used: give 1 to 64 letters, digits, '.', '_' or '-' " +
                "(for example 'api-tests'), so the comment's hidden marker stays one HTML comment.",
                null), exitCode: Core.ExitCodes.Usage);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex NamePattern();
}
