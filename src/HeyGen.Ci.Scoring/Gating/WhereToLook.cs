using System.Globalization;
using System.Text.RegularExpressions;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Scoring.Scores;

namespace HeyGen.Ci.Scoring.Gating;

/// <summary>Short hints on where to look, derived only from what was observed.</summary>
internal static partial class WhereToLook
{
    private const int MaxPhrases = 3;

    public static string Differences(string endpoint, IReadOnlyList<BodyDifference> differences)
    {
        var phrases = new List<string>();
        var removed = differences.Where(d => d.Kind == DifferenceKind.Removed).ToList();
        var added = differences.Where(d => d.Kind == DifferenceKind.Added).ToList();
        foreach (var gone in removed.ToList())
        {
            var twin = added.FirstOrDefault(a => !IsItem(a.Path) && !IsItem(gone.Path)
                && Parent(a.Path) == Parent(gone.Path));
            if (twin is not null)
            {
                var same = gone.Expected is not null && gone.Expected == twin.Actual
                    ? " with the same value" : string.Empty;
                phrases.Add($"field {gone.Path} removed, {twin.Path} added{same} — a renamed field?");
                removed.Remove(gone);
                added.Remove(twin);
            }
        }

        phrases.AddRange(removed.Select(d => IsItem(d.Path)
            ? $"item {d.Path} missing — a filter, a page size or a join changed?"
            : $"field {d.Path} removed"));
        phrases.AddRange(added.Select(d => IsItem(d.Path) ? $"item {d.Path} extra" : $"field {d.Path} added"));
        phrases.AddRange(differences.Where(d => d.Kind == DifferenceKind.Retyped).Select(d =>
            $"field {d.Path} changed type ({d.Expected} → {d.Actual}) — a changed model or serializer setting?"));
        phrases.AddRange(differences.Where(d => d.Kind == DifferenceKind.Reordered).Select(d =>
            $"list {d.Path} in another order — a sort order changed?"));
        phrases.AddRange(differences.Where(d => d.Kind == DifferenceKind.Changed).Take(1).Select(d =>
            $"value {d.Path} {d.Expected} → {d.Actual}"));

        return $"{endpoint}: {string.Join("; ", phrases.Take(MaxPhrases))}";
    }

    public static string Status(string endpoint, int observed, int? expected, RunMeasures? run)
    {
        var was = expected is { } e ? $" (expected {e})" : string.Empty;
        if (observed == 0)
        {
            return $"{endpoint}: no response{was} — the target refused or timed out; see the container log";
        }

        if (observed < 500)
        {
            return $"{endpoint}: status {observed}{was} — a changed result in that handler?";
        }

        var log = run?.ErrorLines is > 0 ? $"; the log has {run.ErrorLines} error lines"
            + LastError(run) : string.Empty;

        return $"{endpoint}: status {observed}{was} — the handler fails{log}";
    }

    public static string Latency(EndpointScore endpoint, bool only)
    {
        var p50 = endpoint.LatencyP50Ms ?? 0;
        var was = endpoint.BaselineLatencyP50Ms ?? 0;
        var where = only
            ? $"on {endpoint.Endpoint} only — look at that handler"
            : $"on {endpoint.Endpoint} and other endpoints — look at shared code (middleware, database, host)";

        return $"latency {Signed(p50 - was)} ms (p50 {Ms(was)}→{Ms(p50)} ms) {where}";
    }

    public static string Size(EndpointScore endpoint)
    {
        var size = endpoint.ResponseBytesP50 ?? 0;
        var was = endpoint.BaselineResponseBytesP50 ?? 0;
        var ratio = was > 0 ? size / was : double.PositiveInfinity;
        var shape = ratio >= 1 ? "larger" : "smaller";
        var factor = ratio >= 1 ? ratio : 1 / ratio;

        return $"response {factor.ToString("0.0", CultureInfo.InvariantCulture)}× {shape} "
            + $"(p50 {Ms(was)}→{Ms(size)} bytes) on {endpoint.Endpoint} — more items or fields returned, "
            + "or paging and projection changed?";
    }

    public static string ErrorLog(RunMeasures run)
        => $"the container log: {run.ErrorLines} error lines{LastError(run)}";

    private static string LastError(RunMeasures run)
    {
        var line = run.LastLines.LastOrDefault(l => ErrorWord().IsMatch(l));

        return line is null ? string.Empty : $", last: \"{(line.Length > 160 ? line[..160] + "…" : line)}\"";
    }

    private static bool IsItem(string path) => path.EndsWith(']') && ItemIndex().IsMatch(path);

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));

        return cut <= 0 ? "$" : path[..cut];
    }

    private static string Signed(double v) => (v >= 0 ? "+" : "−") + Ms(Math.Abs(v));

    private static string Ms(double v) => Math.Round(v).ToString("0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\[\d+\]$")]
    private static partial Regex ItemIndex();

    [GeneratedRegex("error|fail|exception|fatal", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorWord();
}
