namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>What a rendering of the report is for: the short comment or the full job summary.</summary>
/// <param name="IsComment">True for the pull-request comment, which starts with the marker.</param>
/// <param name="HeaderReasons">How many reasons the header lists.</param>
/// <param name="Differences">How many body differences a scenario's details list.</param>
/// <param name="LogLines">How many of the system under test's last log lines the details show.</param>
internal sealed record ReportProfile(bool IsComment, int HeaderReasons, int Differences, int LogLines)
{
    /// <summary>The comment: the essentials, with a link to the rest.</summary>
    public static ReportProfile Comment { get; } = new(true, 10, 10, 0);

    /// <summary>The job summary: everything.</summary>
    public static ReportProfile Summary { get; } = new(false, 10, 50, 20);
}
