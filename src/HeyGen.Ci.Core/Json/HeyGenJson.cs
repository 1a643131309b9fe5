using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Core.Json;

/// <summary>The one JSON dialect of every file a stage writes: camelCase, enums as strings, nulls left out.</summary>
public static class HeyGenJson
{
    /// <summary>Options for reading and writing run files.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Writes <paramref name="value"/> to <paramref name="path"/>, creating its folder.</summary>
    public static async Task WriteAsync<T>(string path, T value, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, value, Options, cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a run file and checks its <c>schema</c> field. A missing file, bad JSON or another schema is a
    /// <see cref="HeyGenException"/> with <see cref="DiagnosticCodes.InvalidRunFile"/>.
    /// </summary>
    public static async Task<T> ReadAsync<T>(string path, string expectedSchema, CancellationToken cancellationToken)
        where T : IVersionedFile
    {
        if (!File.Exists(path))
        {
            throw Invalid(path, $"the file does not exist; run the stage that writes it ({expectedSchema}) first");
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var value = await JsonSerializer.DeserializeAsync<T>(stream, Options, cancellationToken)
                .ConfigureAwait(false);
            if (value is null)
            {
                throw Invalid(path, "the file holds JSON null");
            }

            if (!string.Equals(value.Schema, expectedSchema, StringComparison.Ordinal))
            {
                throw Invalid(path, $"its schema is '{value.Schema}', expected '{expectedSchema}'");
            }

            return value;
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } n ? (int)n + 1 : (int?)null;
            throw Invalid(path, $"it is not valid {expectedSchema} JSON: {ex.Message}", line);
        }
    }

    private static HeyGenException Invalid(string path, string why, int? line = null)
        => new(DiagnosticCodes.InvalidRunFile.Create($"Cannot read '{path}': {why}.", path, line));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);

        return options;
    }
}
