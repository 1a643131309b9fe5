using System.Text;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Turns the words around a value into variable names: <c>products</c> gives
/// <c>productId</c>.</summary>
internal static class ParameterNames
{
    /// <summary>The id name for a route segment that follows <paramref name="collection"/>.</summary>
    public static string IdFor(string? collection)
    {
        if (collection is null)
        {
            return "id";
        }

        var word = CamelCase(collection);

        return word.Length == 0 || !char.IsLetter(word[0]) ? "id" : Singular(word) + "Id";
    }

    /// <summary>The singular of an English plural, by the common spelling rules; other words are
    /// kept.</summary>
    public static string Singular(string word)
    {
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && word.Length > 3)
        {
            return word[..^3] + "y";
        }

        string[] esEndings = ["ses", "xes", "zes", "ches", "shes"];
        if (esEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && word.Length > 4)
        {
            return word[..^2];
        }

        var plural = word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase);

        return plural && word.Length > 1 ? word[..^1] : word;
    }

    /// <summary>
    /// A camelCase identifier from any text: <c>order-items</c> gives <c>orderItems</c>,
    /// <c>X-CSRF-Token</c> gives <c>xCsrfToken</c>; characters other than ASCII letters and digits separate
    /// words.
    /// </summary>
    public static string CamelCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var wordStart = false;
        var previous = '\0';

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                wordStart = builder.Length > 0;
                previous = c;
                continue;
            }

            // An all-capitals word such as CSRF reads Csrf inside a camelCase name.
            var capital = char.IsAsciiLetterUpper(c) && !char.IsAsciiLetterUpper(previous);
            var upper = builder.Length > 0 && (wordStart || capital);
            builder.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            wordStart = false;
            previous = c;
        }

        return builder.ToString();
    }

    /// <summary>A name made unique among <paramref name="taken"/> by a numeric suffix (<c>id</c>, <c>id2</c>,
    /// …).</summary>
    public static string Unique(string name, ICollection<string> taken)
    {
        var candidate = name;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        taken.Add(candidate);

        return candidate;
    }
}
