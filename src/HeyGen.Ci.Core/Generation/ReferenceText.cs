namespace HeyGen.Ci.Core.Generation;

/// <summary>
/// Text in the reference syntax of the step vocabulary: <c>${name}</c> is a scenario variable,
/// <c>${env:NAME}</c> an environment variable, and a literal <c>${</c> is written <c>$${</c>.
/// </summary>
internal static class ReferenceText
{
    /// <summary>Literal text, with every <c>${</c> written <c>$${</c> so it is never read as a
    /// reference.</summary>
    public static string EscapeLiteral(string literal)
        => literal.Contains("${", StringComparison.Ordinal)
            ? literal.Replace("${", "$${", StringComparison.Ordinal)
            : literal;

    /// <summary>A reference to a scenario variable.</summary>
    public static string Variable(string name) => "${" + name + "}";

    /// <summary>A reference to an environment variable.</summary>
    public static string Environment(string name) => "${env:" + name + "}";
}
