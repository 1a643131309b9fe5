using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Lenient value readers for HAR: real producers write numbers as strings, <c>null</c> for strings and objects
/// where arrays belong. Each reader is called on a property name, moves to its value and leaves the reader on
/// the value's last token; a value of an unexpected type reads as absent.
/// </summary>
internal static class HarJson
{
    /// <summary>
    /// Strict JSON: no producer writes comments or trailing commas into HAR, and allowing them takes the
    /// reader off its fast path (a bare token scan runs at about half the speed).
    /// </summary>
    public static JsonReaderOptions ReaderOptions { get; } = new() { MaxDepth = 256 };

    /// <summary>
    /// Skips the current value. Where the chunk ends inside it the reader stays put; the entry then does not end
    /// on its closing brace, which is how <see cref="HarEntryParser"/> tells an entry that needs more data.
    /// </summary>
    public static void Skip(ref Utf8JsonReader reader) => reader.TrySkip();

    public static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Utf8Text(reader.ValueSpan);
            case JsonTokenType.True or JsonTokenType.False:
                return reader.GetBoolean() ? "true" : "false";
            default:
                HarJson.Skip(ref reader);
                return null;
        }
    }

    /// <summary>The unescaped UTF-8 bytes of a string value, without making a string of them.</summary>
    public static byte[]? ReadUtf8(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            HarJson.Skip(ref reader);
            return null;
        }

        if (!reader.ValueIsEscaped)
        {
            return reader.ValueSpan.ToArray();
        }

        var rented = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var written = reader.CopyString(rented);
            return rented.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static double? ReadNumber(ref Utf8JsonReader reader)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDouble(out var number):
                return number;
            case JsonTokenType.String when !reader.ValueIsEscaped
                && Utf8Parser.TryParse(reader.ValueSpan, out double parsed, out var used)
                && used == reader.ValueSpan.Length:
                return parsed;
            default:
                HarJson.Skip(ref reader);
                return null;
        }
    }

    public static long? ReadInteger(ref Utf8JsonReader reader) => ReadNumber(ref reader) switch
    {
        { } value when double.IsFinite(value) && value is >= long.MinValue and <= long.MaxValue => (long)value,
        _ => null,
    };

    /// <summary>Moves to the value; true when it is an object (the reader then sits on its start).</summary>
    public static bool EnterObject(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        HarJson.Skip(ref reader);
        return false;
    }

    /// <summary>Moves to the next property of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
        => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>Moves to the value; true when it is an array or an object (read as a one-item list).</summary>
    public static JsonTokenType EnterList(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
        {
            return reader.TokenType;
        }

        HarJson.Skip(ref reader);
        return JsonTokenType.None;
    }

    private static string Utf8Text(ReadOnlySpan<byte> bytes)
        => System.Text.Encoding.UTF8.GetString(bytes).ToString(CultureInfo.InvariantCulture);
}
