namespace HeyGen.Ci.Steps.Bindings;

/// <summary>Pieces of the step vocabulary's regular expressions.</summary>
internal static class StepPatterns
{
    /// <summary>A quoted value, <c>\"</c> and <c>\\</c> escaped; the group holds the text between the quotes.</summary>
    public const string Quoted = "\"((?:[^\"\\\\]|\\\\.)*)\"";

    /// <summary>A comma-separated list of quoted values, as one group.</summary>
    public const string QuotedList = "(\"(?:[^\"\\\\]|\\\\.)*\"(?:, \"(?:[^\"\\\\]|\\\\.)*\")*)";
}
