using System.Globalization;
using System.Text.Json;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Steps.Json;

/// <summary>
/// Compares a response's JSON with the recorded JSON: objects by field (order ignored), arrays item by item (the
/// same items in another order are one <c>reordered</c> difference), numbers by value, masked paths by type only.
/// In shape mode nothing but types and fields is compared.
/// </summary>
internal sealed class JsonComparer
{
    private readonly IReadOnlyList<JsonPath> _masks;
    private readonly bool _shapeOnly;
    private readonly List<BodyDifference> _differences = [];
    private readonly List<JsonPathSegment> _path = [];

    private JsonComparer(IReadOnlyList<JsonPath> masks, bool shapeOnly)
    {
        _masks = masks;
        _shapeOnly = shapeOnly;
    }

    /// <summary>The differences of <paramref name="actual"/> from <paramref name="expected"/>.</summary>
    public static IReadOnlyList<BodyDifference> Compare(
        JsonElement expected, JsonElement actual, IReadOnlyList<JsonPath> masks, bool shapeOnly)
    {
        var comparer = new JsonComparer(masks, shapeOnly);
        comparer.Visit(expected, actual);

        return comparer._differences;
    }

    /// <summary>Deep equality: objects ignore field order, numbers compare by value.</summary>
    public static bool AreEqual(JsonElement a, JsonElement b)
    {
        if (KindOf(a) != KindOf(b))
        {
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.Object => ObjectsEqual(a, b),
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength()
                && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => AreEqual(p.First, p.Second)),
            JsonValueKind.String => string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal),
            JsonValueKind.Number => NumbersEqual(a, b),
            _ => a.ValueKind == b.ValueKind,
        };
    }

    /// <summary>The JSON type name of a value: <c>object</c>, <c>array</c>, <c>string</c>, <c>number</c>, …</summary>
    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    /// <summary>A value as compact JSON text, whatever the layout it arrived in.</summary>
    public static string Compact(JsonElement value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = RelaxedEncoder }))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static System.Text.Encodings.Web.JavaScriptEncoder RelaxedEncoder
        => System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private string Here => JsonPath.Render(_path);

    private bool Masked => _masks.Any(m => m.Covers(_path));

    private void Visit(JsonElement expected, JsonElement actual)
    {
        if (KindOf(expected) != KindOf(actual))
        {
            Add(DifferenceKind.Retyped, Compact(expected), Compact(actual));
            return;
        }

        if (Masked)
        {
            return;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                VisitObject(expected, actual);
                break;
            case JsonValueKind.Array:
                VisitArray(expected, actual);
                break;
            default:
                if (!_shapeOnly && !AreEqual(expected, actual))
                {
                    Add(DifferenceKind.Changed, Compact(expected), Compact(actual));
                }

                break;
        }
    }

    private void VisitObject(JsonElement expected, JsonElement actual)
    {
        foreach (var field in expected.EnumerateObject())
        {
            Enter(new JsonPathSegment(field.Name, null));
            if (actual.TryGetProperty(field.Name, out var value))
            {
                Visit(field.Value, value);
            }
            else
            {
                Add(DifferenceKind.Removed, Compact(field.Value), null);
            }

            Leave();
        }

        foreach (var field in actual.EnumerateObject().Where(f => !expected.TryGetProperty(f.Name, out _)))
        {
            Enter(new JsonPathSegment(field.Name, null));
            Add(DifferenceKind.Added, null, Compact(field.Value));
            Leave();
        }
    }

    private void VisitArray(JsonElement expected, JsonElement actual)
    {
        var recorded = expected.EnumerateArray().ToArray();
        var observed = actual.EnumerateArray().ToArray();
        if (_shapeOnly)
        {
            // A shape holds for any number of items: each observed item must look like the first recorded one.
            for (var i = 0; i < observed.Length && recorded.Length > 0; i++)
            {
                Enter(new JsonPathSegment(null, i));
                Visit(recorded[0], observed[i]);
                Leave();
            }

            return;
        }

        if (IsReordering(recorded, observed))
        {
            Add(DifferenceKind.Reordered, Compact(expected), Compact(actual));
            return;
        }

        for (var i = 0; i < Math.Max(recorded.Length, observed.Length); i++)
        {
            Enter(new JsonPathSegment(null, i));
            if (i >= observed.Length)
            {
                Add(DifferenceKind.Removed, Compact(recorded[i]), null);
            }
            else if (i >= recorded.Length)
            {
                Add(DifferenceKind.Added, null, Compact(observed[i]));
            }
            else
            {
                Visit(recorded[i], observed[i]);
            }

            Leave();
        }
    }

    private bool IsReordering(JsonElement[] recorded, JsonElement[] observed)
    {
        if (recorded.Length != observed.Length || recorded.Length < 2 || _masks.Count > 0 && AnyMaskBelow())
        {
            return false;
        }

        if (recorded.Zip(observed).All(p => AreEqual(p.First, p.Second)))
        {
            return false;
        }

        var unused = observed.ToList();
        foreach (var item in recorded)
        {
            var match = unused.FindIndex(o => AreEqual(item, o));
            if (match < 0)
            {
                return false;
            }

            unused.RemoveAt(match);
        }

        return true;
    }

    // Items holding masked fields differ by value on every run, so they are never a mere reordering.
    private bool AnyMaskBelow() => _masks.Any(m => m.Segments.Count > _path.Count);

    private void Enter(JsonPathSegment segment) => _path.Add(segment);

    private void Leave() => _path.RemoveAt(_path.Count - 1);

    private void Add(DifferenceKind kind, string? expected, string? actual)
        => _differences.Add(new BodyDifference(Here, kind, expected, actual));

    private static bool ObjectsEqual(JsonElement a, JsonElement b)
    {
        var count = 0;
        foreach (var field in a.EnumerateObject())
        {
            count++;
            if (!b.TryGetProperty(field.Name, out var other) || !AreEqual(field.Value, other))
            {
                return false;
            }
        }

        return count == b.EnumerateObject().Count();
    }

    private static bool NumbersEqual(JsonElement a, JsonElement b)
    {
        if (a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y))
        {
            return x == y;
        }

        return double.Parse(a.GetRawText(), CultureInfo.InvariantCulture)
            == double.Parse(b.GetRawText(), CultureInfo.InvariantCulture);
    }
}
