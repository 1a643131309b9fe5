namespace HeyGen.Ci.Steps.Json;

/// <summary>One step of a JSON path: a property name, an array index, or every item (<c>[*]</c>).</summary>
/// <param name="Name">The property name, for a property step.</param>
/// <param name="Index">The index, for an index step.</param>
internal sealed record JsonPathSegment(string? Name, int? Index)
{
    /// <summary>The <c>[*]</c> step.</summary>
    public static JsonPathSegment Wildcard { get; } = new(null, null);

    /// <summary>Whether this is <c>[*]</c>.</summary>
    public bool IsWildcard => Name is null && Index is null;

    /// <summary>Whether a mask segment (this) covers a concrete one.</summary>
    public bool Covers(JsonPathSegment concrete) => IsWildcard ? concrete.Index is not null : Equals(concrete);

    /// <inheritdoc />
    public override string ToString() => (Name, Index) switch
    {
        ({ } name, _) when IsIdentifier(name) => "." + name,
        ({ } name, _) => "[\"" + name.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]",
        (_, { } index) => $"[{index}]",
        _ => "[*]",
    };

    private static bool IsIdentifier(string name)
        => name.Length > 0 && !char.IsDigit(name[0])
            && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$' or '-');
}
