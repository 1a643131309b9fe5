using System.Text.Json;
using System.Text.RegularExpressions;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Response fields and headers that change on every run by their look: timestamps, generated ids,
/// ETags.</summary>
internal static partial class VolatileRules
{
    private static readonly string[] VolatileHeaderNames =
    [
        "Date", "ETag", "Last-Modified", "Expires", "Age", "Set-Cookie", "X-Request-Id", "X-Correlation-Id",
        "X-Trace-Id", "Traceparent", "Tracestate", "Server-Timing", "X-Runtime", "X-Response-Time", "CF-Ray",
        "X-Amz-Request-Id", "X-Amzn-Trace-Id", "Request-Id",
    ];

    /// <summary>Why a response header changes from run to run, or <see langword="null"/> when it is
    /// stable.</summary>
    public static string? HeaderReason(string name)
        => VolatileHeaderNames.Any(h => h.Equals(name, StringComparison.OrdinalIgnoreCase)) ? "volatile header" : null;

    /// <summary>Why a JSON value changes from run to run, or <see langword="null"/> when nothing says
    /// so.</summary>
    public static string? LeafReason(JsonLeaf leaf)
    {
        if (leaf.Value.ValueKind == JsonValueKind.String)
        {
            var text = leaf.Value.GetString() ?? string.Empty;
            if (TimestampValue().IsMatch(text))
            {
                return "timestamp";
            }

            if (UuidValue().IsMatch(text))
            {
                return "uuid";
            }
        }

        if (leaf.Name is not { } name)
        {
            return null;
        }

        if (GeneratedIdName().IsMatch(name))
        {
            return "generated id";
        }

        var isTimeName = TimeName().IsMatch(name);
        var isEpoch = leaf.Value.ValueKind == JsonValueKind.Number && EpochValue().IsMatch(leaf.Value.GetRawText());

        return isTimeName && (isEpoch || leaf.Value.ValueKind == JsonValueKind.String) ? "timestamp" : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex TimestampValue();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidValue();

    [GeneratedRegex("^(request|trace|correlation|span|transaction)[-_]?id$|^(nonce|etag|timestamp|ts)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex GeneratedIdName();

    [GeneratedRegex("(At|Time|Timestamp|Date|_at|_time|_date)$|^(time|date|now|expires|expiry|updated|created)",
        RegexOptions.None)]
    private static partial Regex TimeName();

    [GeneratedRegex(@"^\d{10}(\d{3})?(\.\d+)?$")]
    private static partial Regex EpochValue();
}
