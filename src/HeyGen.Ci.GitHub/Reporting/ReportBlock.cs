namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>One section of a report, kept or left out whole when the report must fit a limit.</summary>
/// <param name="Text">The Markdown, ending without a newline.</param>
/// <param name="Priority">0 is never left out; higher numbers go first when space runs out.</param>
/// <param name="What">What the block is, for the note that lists what was cut (<c>scenario details</c>).</param>
internal sealed record ReportBlock(string Text, int Priority, string What)
{
    /// <summary>A block the report cannot do without.</summary>
    public static ReportBlock Required(string text) => new(text, 0, "header");
}
