using System.Text.Json;

namespace HeyGen.Ci.Core.Ingest;

internal static partial class HarEntryParser
{
    private static HarResponseDraft? ParseResponse(ref Utf8JsonReader reader)
    {
        if (!HarJson.EnterObject(ref reader))
        {
            return null;
        }

        var response = new HarResponseDraft();
        while (HarJson.NextProperty(ref reader))
        {
            ReadResponseProperty(ref reader, response);
        }

        return response;
    }

    private static void ReadResponseProperty(ref Utf8JsonReader reader, HarResponseDraft response)
    {
        if (reader.ValueTextEquals("headers"u8))
        {
            ParseHeaders(ref reader, response.Headers);
        }
        else if (reader.ValueTextEquals("status"u8))
        {
            response.Status = HarJson.ReadInteger(ref reader);
        }
        else if (reader.ValueTextEquals("statusText"u8))
        {
            response.StatusText = HarJson.ReadString(ref reader);
        }
        else if (reader.ValueTextEquals("content"u8))
        {
            response.Content = ParseContent(ref reader);
        }
        else if (reader.ValueTextEquals("cookies"u8))
        {
            ParseCookies(ref reader, response.Cookies);
        }
        else if (reader.ValueTextEquals("bodySize"u8))
        {
            response.BodySize = HarJson.ReadInteger(ref reader);
        }
        else
        {
            HarJson.Skip(ref reader);
        }
    }

    private static HarContentDraft? ParseContent(ref Utf8JsonReader reader)
    {
        if (!HarJson.EnterObject(ref reader))
        {
            return null;
        }

        var content = new HarContentDraft();
        while (HarJson.NextProperty(ref reader))
        {
            ReadContentProperty(ref reader, content);
        }

        return content;
    }

    private static void ReadContentProperty(ref Utf8JsonReader reader, HarContentDraft content)
    {
        if (reader.ValueTextEquals("text"u8))
        {
            content.Text = HarJson.ReadUtf8(ref reader);
        }
        else if (reader.ValueTextEquals("mimeType"u8))
        {
            content.MimeType = HarJson.ReadString(ref reader);
        }
        else if (reader.ValueTextEquals("encoding"u8))
        {
            content.Encoding = HarJson.ReadString(ref reader);
        }
        else if (reader.ValueTextEquals("size"u8))
        {
            content.Size = HarJson.ReadInteger(ref reader);
        }
        else if (reader.ValueTextEquals("_file"u8))
        {
            content.File = HarJson.ReadString(ref reader);
        }
        else
        {
            HarJson.Skip(ref reader);
        }
    }
}
