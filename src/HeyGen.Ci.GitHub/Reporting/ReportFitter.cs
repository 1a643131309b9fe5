using System.Text;

namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>
/// Fits blocks into a size limit: the least important blocks are left out whole, later ones first, and a note
/// that says what was left out takes the place before the last block. Sizes add up, so each cut costs nothing.
/// </summary>
internal sealed class ReportFitter
{
    private const string Separator = "\n\n";

    private readonly Func<string, int> _measure;
    private readonly int _limit;

    /// <summary>Creates a fitter that measures with <paramref name="measure"/> (characters or bytes).</summary>
    public ReportFitter(Func<string, int> measure, int limit)
    {
        _measure = measure;
        _limit = limit;
    }

    /// <summary>The blocks that fit, joined, and a description of what was cut (null when nothing was).</summary>
    /// <param name="blocks">The report, in reading order; the last block stays last.</param>
    /// <param name="note">Makes the note from the description of what was cut.</param>
    public (string Text, string? Cut) Fit(IReadOnlyList<ReportBlock> blocks, Func<string, string> note)
    {
        var sizes = blocks.Select(b => _measure(b.Text) + _measure(Separator)).ToArray();
        var total = sizes.Sum();
        if (total <= _limit)
        {
            return (Join(blocks, null), null);
        }

        var kept = Enumerable.Repeat(true, blocks.Count).ToArray();
        var order = Enumerable.Range(0, blocks.Count)
            .Where(i => blocks[i].Priority > 0)
            .OrderByDescending(i => blocks[i].Priority)
            .ThenByDescending(i => i);

        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var block in blocks.Where(b => b.What.Length > 0))
        {
            totals[block.What] = totals.GetValueOrDefault(block.What) + 1;
        }

        var cuts = new Dictionary<string, int>(StringComparer.Ordinal);
        string cut = string.Empty, noteText = string.Empty;
        foreach (var index in order)
        {
            kept[index] = false;
            total -= sizes[index];
            cuts[blocks[index].What] = cuts.GetValueOrDefault(blocks[index].What) + 1;
            cut = Describe(totals, cuts);
            noteText = note(cut);
            if (total + _measure(noteText) + _measure(Separator) <= _limit)
            {
                return (Join(blocks.Where((_, i) => kept[i]).ToList(), noteText), cut);
            }
        }

        return HardCut(blocks, kept, cut.Length == 0 ? "part of the header" : cut, note);
    }

    private (string Text, string? Cut) HardCut(
        IReadOnlyList<ReportBlock> blocks, bool[] kept, string cut, Func<string, string> note)
    {
        // Only the blocks that are never left out remain and still do not fit: cut them at a line end.
        var description = cut + ", and the end of the header";
        var noteText = note(description);
        var room = _limit - _measure(noteText) - _measure(Separator) - 1;
        var text = Join(blocks.Where((_, i) => kept[i]).ToList(), null);
        var prefix = Shrink(text, room);
        var lineEnd = prefix.LastIndexOf('\n');
        if (lineEnd > 0)
        {
            prefix = prefix[..lineEnd];
        }

        return (prefix + Separator + noteText + "\n", description);
    }

    private string Shrink(string text, int room)
    {
        if (room <= 0)
        {
            return string.Empty;
        }

        // Characters and UTF-8 bytes are the two measures used; a byte measure is never smaller.
        var prefix = TextLimit.Prefix(text, room);
        if (_measure(prefix) > room)
        {
            prefix = TextLimit.PrefixUtf8(prefix, room);
        }

        return prefix;
    }

    // Kinds in reading order (the order they were first counted), each with how many of them were cut.
    private static string Describe(Dictionary<string, int> totals, Dictionary<string, int> cuts)
    {
        var parts = totals
            .Where(t => cuts.GetValueOrDefault(t.Key) > 0)
            .Select(t => t.Value == 1 ? $"the {t.Key}" : $"{cuts[t.Key]} of {t.Value} {t.Key}");

        return string.Join(", ", parts);
    }

    private static string Join(IReadOnlyList<ReportBlock> blocks, string? note)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (note is not null && i == blocks.Count - 1)
            {
                builder.Append(note).Append(Separator);
            }

            builder.Append(blocks[i].Text).Append(Separator);
        }

        return builder.ToString().TrimEnd('\n') + "\n";
    }
}
