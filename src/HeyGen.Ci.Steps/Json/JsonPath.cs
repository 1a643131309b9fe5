using System.Globalization;
using System.Text.Json;

namespace HeyGen.Ci.Steps.Json;

/// <summary>
/// The JSON paths of the step vocabulary: <c>$</c>, <c>.name</c>, <c>["name with spaces"]</c>, <c>[3]</c> and
/// <c>[*]</c>. Parsing never throws for a value a user wrote without saying where it went wrong.
/// </summary>
internal sealed class JsonPath
{
    private JsonPath(string text, IReadOnlyList<JsonPathSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary>The path as written.</summary>
    public string Text { get; }

    /// <summary>Its steps after <c>$</c>.</summary>
    public IReadOnlyList<JsonPathSegment> Segments { get; }

    /// <summary>Parses a path; a malformed one is a <see cref="FormatException"/> that says where.</summary>
    public static JsonPath Parse(string text)
    {
        if (!text.StartsWith('$'))
        {
            throw new FormatException($"the JSON path \"{text}\" must start with $");
        }

        var segments = new List<JsonPathSegment>();
        var i = 1;
        while (i < text.Length)
        {
            segments.Add(text[i] switch
            {
                '.' => ReadName(text, ref i),
                '[' => ReadBracket(text, ref i),
                _ => throw new FormatException($"the JSON path \"{text}\" has '{text[i]}' at position {i + 1}"),
            });
        }

        return new JsonPath(text, segments);
    }

    /// <summary>Renders concrete segments as a path, <c>$.items[2].price</c>.</summary>
    public static string Render(IEnumerable<JsonPathSegment> segments) => "$" + string.Concat(segments);

    /// <summary>Every value the path selects, with its concrete path; empty when nothing is there.</summary>
    public IReadOnlyList<(string Path, JsonElement Value)> Select(JsonElement root)
    {
        IEnumerable<(List<JsonPathSegment> Path, JsonElement Value)> current = [([], root)];
        foreach (var segment in Segments)
        {
            current = current.SelectMany(c => Step(c.Path, c.Value, segment)).ToList();
        }

        return [.. current.Select(c => (Render(c.Path), c.Value))];
    }

    /// <summary>Whether this path (as a mask) covers the concrete path <paramref name="concrete"/>.</summary>
    public bool Covers(IReadOnlyList<JsonPathSegment> concrete)
    {
        if (concrete.Count != Segments.Count)
        {
            return false;
        }

        for (var i = 0; i < concrete.Count; i++)
        {
            if (!Segments[i].Covers(concrete[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<(List<JsonPathSegment>, JsonElement)> Step(
        List<JsonPathSegment> path, JsonElement value, JsonPathSegment segment)
    {
        if (segment.Name is { } name && value.ValueKind == JsonValueKind.Object
            && value.TryGetProperty(name, out var property))
        {
            yield return ([.. path, segment], property);
        }
        else if (segment.Index is { } index && value.ValueKind == JsonValueKind.Array && index < value.GetArrayLength())
        {
            yield return ([.. path, segment], value[index]);
        }
        else if (segment.IsWildcard && value.ValueKind == JsonValueKind.Array)
        {
            var n = 0;
            foreach (var item in value.EnumerateArray())
            {
                yield return ([.. path, new JsonPathSegment(null, n++)], item);
            }
        }
    }

    private static JsonPathSegment ReadName(string text, ref int i)
    {
        var start = ++i;
        while (i < text.Length && text[i] is not ('.' or '['))
        {
            i++;
        }

        if (i == start)
        {
            throw new FormatException($"the JSON path \"{text}\" has an empty name at position {start}");
        }

        return new JsonPathSegment(text[start..i], null);
    }

    private static JsonPathSegment ReadBracket(string text, ref int i)
    {
        var close = text.IndexOf(']', i);
        if (close < 0)
        {
            throw new FormatException($"the JSON path \"{text}\" has an unclosed [ at position {i + 1}");
        }

        var inner = text[(i + 1)..close];
        if (inner.StartsWith('"'))
        {
            close = text.IndexOf("\"]", i + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"the JSON path \"{text}\" has an unclosed [\" at position {i + 1}");
            }

            var name = text[(i + 2)..close].Replace("\\\"", "\"", StringComparison.Ordinal);
            i = close + 2;
            return new JsonPathSegment(name, null);
        }

        i = close + 1;
        if (inner == "*")
        {
            return JsonPathSegment.Wildcard;
        }

        return int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? new JsonPathSegment(null, index)
            : throw new FormatException(
                $"the JSON path \"{text}\" has [{inner}], which is not an index, * or a quoted name");
    }
}
