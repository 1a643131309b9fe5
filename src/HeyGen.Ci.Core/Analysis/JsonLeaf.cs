using System.Text.Json;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>One scalar value in a JSON document and where it is.</summary>
/// <param name="Path">The exact path, <c>$.items[2].id</c>.</param>
/// <param name="Pattern">The path with array indexes as <c>[*]</c>, <c>$.items[*].id</c>: the same field of
/// every item.</param>
/// <param name="Name">The property name that holds the value, when it is held by one.</param>
/// <param name="Value">The value.</param>
internal sealed record JsonLeaf(string Path, string Pattern, string? Name, JsonElement Value)
{
    /// <summary>The value as text: a string's contents, or a number's or literal's JSON text.</summary>
    public string Text
        => Value.ValueKind == JsonValueKind.String ? Value.GetString() ?? string.Empty : Value.GetRawText();
}
