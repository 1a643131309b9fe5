using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Walks JSON documents in the path syntax of the step vocabulary (<c>$.a</c>, <c>["a b"]</c>,
/// <c>[3]</c>).</summary>
internal static partial class JsonPaths
{
    /// <summary>The deepest document walked; deeper values are left out.</summary>
    public const int MaxDepth = 64;

    /// <summary>Parses a body as JSON, or <see langword="null"/> when it is not JSON.</summary>
    public static JsonDocument? TryParse(ReadOnlyMemory<byte> content)
    {
        if (content.IsEmpty)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every scalar (string, number, true, false, null) of a document, in document order.</summary>
    public static IEnumerable<JsonLeaf> Leaves(JsonElement root) => Leaves(root, "$", "$", null, 0);

    /// <summary>The path step for a property name: <c>.name</c>, or <c>["odd name"]</c> when it is not a
    /// plain word.</summary>
    public static string Property(string name)
    {
        if (PlainName().IsMatch(name))
        {
            return "." + name;
        }

        var escaped = new StringBuilder(name.Length + 4).Append("[\"");
        foreach (var c in name)
        {
            escaped.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        }

        return escaped.Append("\"]").ToString();
    }

    private static IEnumerable<JsonLeaf> Leaves(
        JsonElement element, string path, string pattern, string? name, int depth)
    {
        if (depth > MaxDepth)
        {
            yield break;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var step = Property(property.Name);
                    foreach (var leaf in Leaves(property.Value, path + step, pattern + step, property.Name, depth + 1))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var at = path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                    foreach (var leaf in Leaves(item, at, pattern + "[*]", name, depth + 1))
                    {
                        yield return leaf;
                    }

                    index++;
                }

                break;
            default:
                yield return new JsonLeaf(path, pattern, name, element);
                break;
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainName();
}
