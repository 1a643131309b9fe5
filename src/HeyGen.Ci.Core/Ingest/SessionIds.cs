using System.Text;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Session ids: <c>stem/part</c>, readable and stable across runs. They become Gherkin tags
/// (<c>@session:ID</c>), so white space is written as <c>_</c>.
/// </summary>
internal static class SessionIds
{
    public static string Stem(string path) => Path.GetFileNameWithoutExtension(path);

    public static string Make(string stem, string part)
    {
        var builder = new StringBuilder(stem.Length + part.Length + 1);
        Append(builder, stem);
        builder.Append('/');
        Append(builder, part.Trim());
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            builder.Append(char.IsWhiteSpace(c) ? '_' : c);
        }
    }
}
