using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>A repository, <c>owner/name</c>.</summary>
/// <param name="Owner">The user or organisation.</param>
/// <param name="Name">The repository's name.</param>
public sealed record RepositoryName(string Owner, string Name)
{
    /// <summary>Parses <c>owner/name</c> (the form of <c>GITHUB_REPOSITORY</c>).</summary>
    /// <exception cref="HeyGenException">The text is not <c>owner/name</c>.</exception>
    public static RepositoryName Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0 || p.Any(c => !IsNameChar(c))))
        {
            throw new HeyGenException(DiagnosticCodes.InvalidArgument.Create(
                $"'{text}' is not a repository: give it as owner/name, for example 'octo-org/shop'."),
                exitCode: ExitCodes.Usage);
        }

        return new RepositoryName(parts[0], parts[1]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Owner}/{Name}";

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
