using System.Text;
using System.Text.RegularExpressions;

namespace HeyGen.Ci.Core.Generation;

/// <summary>
/// Which feature a scenario goes to: the first meaningful word of its first endpoint's route (<c>api</c> and
/// version words such as <c>v2</c> are skipped), so a pull request review sees one file per area.
/// </summary>
internal static partial class FeatureAreas
{
    /// <summary>The area of an endpoint such as <c>POST /api/v1/orders/{orderId}</c>:
    /// <c>orders</c>.</summary>
    public static string Of(string endpoint)
    {
        var template = endpoint[(endpoint.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        foreach (var segment in Analysis.RouteTemplateLearner.Segments(template))
        {
            if (segment.StartsWith('{') || Skipped().IsMatch(segment))
            {
                continue;
            }

            var name = FileSafe(UrlText.DecodeNonAscii(segment));
            if (name.Length > 0)
            {
                return name;
            }
        }

        return "root";
    }

    private static string FileSafe(string segment)
    {
        var builder = new StringBuilder();
        foreach (var c in segment.ToLowerInvariant())
        {
            var keep = char.IsLetterOrDigit(c);
            if (keep || (builder.Length > 0 && builder[^1] != '-'))
            {
                builder.Append(keep ? c : '-');
            }
        }

        return builder.ToString().Trim('-');
    }

    [GeneratedRegex("^(api|rest|v[0-9]+(\\.[0-9]+)?)$|^$", RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();
}
