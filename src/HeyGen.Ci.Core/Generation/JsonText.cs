using System.Globalization;
using System.Text;
using System.Text.Json;

namespace HeyGen.Ci.Core.Generation;

/// <summary>
/// Writes JSON for doc strings: indented by two spaces, every character kept as itself (no <c>\uXXXX</c> for
/// non-ASCII), a literal <c>${</c> written <c>$${</c>, and never three escaped quotes in a row, which Gherkin
/// would read as the end of a doc string.
/// </summary>
internal static class JsonText
{
    /// <summary>
    /// Writes <paramref name="root"/>; <paramref name="replace"/> may give the raw JSON text for a scalar at
    /// a path
    /// (a reference such as <c>"${env:HEYGEN_SECRET_BODY_PASSWORD}"</c>), or <see langword="null"/> to keep
    /// it.
    /// </summary>
    public static string Write(JsonElement root, Func<string, string?, JsonElement, string?>? replace = null)
    {
        var builder = new StringBuilder();
        WriteValue(builder, root, "$", null, 0, replace);

        return builder.ToString();
    }

    /// <summary>A JSON string literal for <paramref name="value"/>, written as <see cref="Write"/> writes
    /// strings.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);

        return builder.ToString();
    }

    private static void WriteValue(
        StringBuilder builder, JsonElement element, string path, string? name, int depth,
        Func<string, string?, JsonElement, string?>? replace)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(builder, element, path, depth, replace);
                break;
            case JsonValueKind.Array:
                WriteArray(builder, element, path, name, depth, replace);
                break;
            case JsonValueKind.String:
                builder.Append(replace?.Invoke(path, name, element) ?? Quote(element.GetString() ?? string.Empty));
                break;
            default:
                builder.Append(replace?.Invoke(path, name, element) ?? element.GetRawText());
                break;
        }
    }

    private static void WriteObject(
        StringBuilder builder, JsonElement element, string path, int depth,
        Func<string, string?, JsonElement, string?>? replace)
    {
        var properties = element.EnumerateObject().ToList();
        if (properties.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        builder.Append("{\n");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            Indent(builder, depth + 1);
            AppendString(builder, property.Name);
            builder.Append(": ");
            var at = path + Analysis.JsonPaths.Property(property.Name);
            WriteValue(builder, property.Value, at, property.Name, depth + 1, replace);
            builder.Append(i < properties.Count - 1 ? ",\n" : "\n");
        }

        Indent(builder, depth);
        builder.Append('}');
    }

    private static void WriteArray(
        StringBuilder builder, JsonElement element, string path, string? name, int depth,
        Func<string, string?, JsonElement, string?>? replace)
    {
        var items = element.EnumerateArray().ToList();
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        builder.Append("[\n");
        for (var i = 0; i < items.Count; i++)
        {
            Indent(builder, depth + 1);
            var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            WriteValue(builder, items[i], at, name, depth + 1, replace);
            builder.Append(i < items.Count - 1 ? ",\n" : "\n");
        }

        Indent(builder, depth);
        builder.Append(']');
    }

    private static void Indent(StringBuilder builder, int depth) => builder.Append(' ', depth * 2);

    private static void AppendString(StringBuilder builder, string value)
    {
        // Three quotes in a row would become \"\"\", which a """ doc string reads as an escaped separator.
        var quoteAsUnicode = value.Contains("\"\"", StringComparison.Ordinal);
        builder.Append('"');

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            AppendChar(builder, value, i, c, quoteAsUnicode);
        }

        builder.Append('"');
    }

    private static void AppendChar(StringBuilder builder, string value, int i, char c, bool quoteAsUnicode)
    {
        switch (c)
        {
            case '"':
                builder.Append(quoteAsUnicode ? "\\u0022" : "\\\"");
                return;
            case '\\':
                builder.Append("\\\\");
                return;
            case '\n':
                builder.Append("\\n");
                return;
            case '\r':
                builder.Append("\\r");
                return;
            case '\t':
                builder.Append("\\t");
                return;
            case '$' when i + 1 < value.Length && value[i + 1] == '{':
                builder.Append("$$");
                return;
        }

        if (char.IsControl(c) || (char.IsSurrogate(c) && !IsPaired(value, i)))
        {
            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            return;
        }

        builder.Append(c);
    }

    private static bool IsPaired(string value, int i) => char.IsHighSurrogate(value[i])
        ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
        : i > 0 && char.IsHighSurrogate(value[i - 1]);
}
