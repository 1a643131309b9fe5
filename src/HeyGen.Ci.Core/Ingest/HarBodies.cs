using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Turns HAR <c>postData</c> and <c>content</c> into decoded bodies, reporting what was lost on the way. One
/// instance serves one file, so that truncations are reported once per file rather than once per entry.
/// </summary>
internal sealed class HarBodies
{
    private readonly string _path;
    private readonly IngestOptions _options;
    private readonly IDiagnosticSink _diagnostics;
    private int _truncated;
    private int _firstTruncatedEntry;

    public HarBodies(string path, IngestOptions options, IDiagnosticSink diagnostics)
    {
        _path = path;
        _options = options;
        _diagnostics = diagnostics;
    }

    public RecordedBody? Request(HarRequestDraft request, ScannedEntry at)
    {
        if (request.PostData is not { } postData)
        {
            return null;
        }

        var mediaType = NonEmpty(postData.MimeType) ?? WireHeaders.Find(request.Headers, "Content-Type");
        byte[] content;
        bool lossy;
        if (postData.Text is { Length: > 0 } text)
        {
            (content, lossy) = Decode(text, postData.Encoding, "request.postData", at);
        }
        else if (postData.Params.Count > 0)
        {
            (content, lossy) = Rebuild(postData, mediaType, request.BodySize, at);
        }
        else
        {
            return null;
        }

        return Make(content, mediaType, lossy, request.BodySize, at);
    }

    public RecordedBody? Response(
        HarContentDraft? content, long status, bool bodyless, string? contentEncoding, ScannedEntry at)
    {
        if (content is null)
        {
            return null;
        }

        var mediaType = NonEmpty(content.MimeType);
        if (content.Text is { } text)
        {
            var (bytes, lossy) = Decode(text, content.Encoding, "response.content", at);
            var body = Make(bytes, mediaType, lossy, content.Size, at);
            var wasBinary = string.Equals(content.Encoding, "base64", StringComparison.OrdinalIgnoreCase);
            return wasBinary && contentEncoding is not null ? Decompress(body, contentEncoding, at) : body;
        }

        if (content.File is { } file)
        {
            return SideCar(file, mediaType, content.Size, at);
        }

        // Nothing kept: an empty body when there was evidently none, else unknown.
        var empty = bodyless || content.Size == 0 || status is 204 or 304;
        return empty ? RecordedBody.Empty with { MediaType = mediaType, DeclaredSize = content.Size } : null;
    }

    /// <summary>
    /// Decodes a response body the producer kept still compressed (base64 of the wire bytes, as mitmproxy does
    /// for bodies it could not decode). Gzip and deflate carry a header, so a failure there means a corrupt body;
    /// brotli has none, so a body that does not decode as brotli is taken to be decoded already.
    /// </summary>
    private RecordedBody Decompress(RecordedBody body, string encoding, ScannedEntry at)
    {
        var name = encoding.Trim().ToLowerInvariant();
        if (body.IsLossy || !BodyDecoder.LooksEncoded(body.Content.Span, name))
        {
            return body;
        }

        var decoded = BodyDecoder.Decompress(body.Content.ToArray(), name, _options.MaxBodyBytes);
        if (decoded is null && name == "br")
        {
            return body;
        }

        if (decoded is null)
        {
            Report(DiagnosticCodes.BodyDecompressionFailed, at,
                $"its response body is marked Content-Encoding {name} but is corrupt or cut off, so it was kept as "
                + "recorded and marked lossy; record it again if the body matters");
            return body with { IsLossy = true };
        }

        return Make(decoded, body.MediaType, false, body.DeclaredSize, at);
    }

    /// <summary>Reports the bodies truncated in the file, once.</summary>
    public void Finish()
    {
        if (_truncated > 0)
        {
            _diagnostics.Report(DiagnosticCodes.BodyTruncated.Create(
                $"{_truncated} bodies in '{_path}' (the first in entry {_firstTruncatedEntry}) were larger than "
                + $"{_options.MaxBodyBytes} bytes; they were truncated and marked lossy. Raise the body size "
                + "limit to keep them whole.", _path, entry: _firstTruncatedEntry));
        }
    }

    private (byte[] Content, bool IsLossy) Decode(byte[] text, string? encoding, string field, ScannedEntry at)
    {
        if (string.IsNullOrEmpty(encoding))
        {
            var lossy = BodyDecoder.HasReplacementCharacter(text);
            if (lossy)
            {
                Report(DiagnosticCodes.BodyLossy, at,
                    $"its {field}.text holds U+FFFD, so binary bytes were lost when it was recorded as text; "
                    + "it is marked lossy and not replayed as exact. Record binary bodies with base64");
            }

            return (text, lossy);
        }

        if (!encoding.Equals("base64", StringComparison.OrdinalIgnoreCase))
        {
            Report(DiagnosticCodes.BodyEncodingUnknown, at,
                $"its {field}.encoding is '{encoding}', which is not base64, so the text was kept as it is");
            return (text, false);
        }

        if (BodyDecoder.FromBase64(text) is { } bytes)
        {
            return (bytes, false);
        }

        Report(DiagnosticCodes.BodyBase64Invalid, at,
            $"its {field}.text is marked base64 but is not valid base64; the text was kept and marked lossy");
        return (text, true);
    }

    private (byte[] Content, bool IsLossy) Rebuild(
        HarPostDataDraft postData, string? mediaType, long? bodySize, ScannedEntry at)
    {
        var (content, lossy) = FormBody.Build(postData.Params, mediaType);
        if (bodySize is >= 0 and var size && size != content.Length)
        {
            Report(DiagnosticCodes.BodyRebuiltSizeDiffers, at,
                $"its request body was rebuilt from postData.params ({content.Length} bytes) but bodySize says "
                + $"{size}; the rebuilt body is used, so compare the request with the recording if it matters");
        }

        return (content, lossy);
    }

    private RecordedBody? SideCar(string file, string? mediaType, long? size, ScannedEntry at)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(_path)) ?? ".";
        var full = Path.GetFullPath(Path.Combine(folder, file));
        try
        {
            // Not yet: a side-car is read whole before it is truncated, because each holds a single body.
            var bytes = File.ReadAllBytes(full);
            return Make(bytes, mediaType, false, size, at);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Report(DiagnosticCodes.BodySideCarMissing, at,
                $"its response body is stored in '{file}' beside the HAR file, which cannot be read "
                + $"({ex.Message}); the body is unknown. Copy the side-car files with the HAR file");
            return null;
        }
    }

    private RecordedBody Make(byte[] content, string? mediaType, bool lossy, long? declared, ScannedEntry at)
    {
        var memory = new ReadOnlyMemory<byte>(content);
        if (content.LongLength > _options.MaxBodyBytes)
        {
            // A copy, so the untruncated bytes can be collected.
            memory = content.AsSpan(0, (int)_options.MaxBodyBytes).ToArray();
            lossy = true;
            if (_truncated++ == 0)
            {
                _firstTruncatedEntry = at.Index;
            }
        }

        return new RecordedBody
        {
            Content = memory,
            MediaType = mediaType,
            IsLossy = lossy,
            DeclaredSize = declared is >= 0 ? declared : null,
        };
    }

    private void Report(DiagnosticDescriptor descriptor, ScannedEntry at, string what)
    {
        _diagnostics.Report(descriptor.Create(
            $"Entry {at.Index} of '{_path}': {what}.", _path, at.Line, at.Index));
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
