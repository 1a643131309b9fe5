using System.Text.Json;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

internal static partial class HarEntryParser
{
    private static HarRequestDraft? ParseRequest(ref Utf8JsonReader reader)
    {
        if (!HarJson.EnterObject(ref reader))
        {
            return null;
        }

        var request = new HarRequestDraft();
        while (HarJson.NextProperty(ref reader))
        {
            ReadRequestProperty(ref reader, request);
        }

        return request;
    }

    private static void ReadRequestProperty(ref Utf8JsonReader reader, HarRequestDraft request)
    {
        if (reader.ValueTextEquals("headers"u8))
        {
            ParseHeaders(ref reader, request.Headers);
        }
        else if (reader.ValueTextEquals("url"u8))
        {
            request.Url = HarJson.ReadString(ref reader);
        }
        else if (reader.ValueTextEquals("method"u8))
        {
            request.Method = HarJson.ReadString(ref reader);
        }
        else if (reader.ValueTextEquals("httpVersion"u8))
        {
            request.HttpVersion = HarJson.ReadString(ref reader);
        }
        else if (reader.ValueTextEquals("cookies"u8))
        {
            ParseCookies(ref reader, request.Cookies);
        }
        else if (reader.ValueTextEquals("postData"u8))
        {
            request.PostData = ParsePostData(ref reader);
        }
        else if (reader.ValueTextEquals("bodySize"u8))
        {
            request.BodySize = HarJson.ReadInteger(ref reader);
        }
        else
        {
            HarJson.Skip(ref reader);
        }
    }

    private static HarPostDataDraft? ParsePostData(ref Utf8JsonReader reader)
    {
        if (!HarJson.EnterObject(ref reader))
        {
            return null;
        }

        var postData = new HarPostDataDraft();
        while (HarJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("text"u8))
            {
                postData.Text = HarJson.ReadUtf8(ref reader);
            }
            else if (reader.ValueTextEquals("mimeType"u8))
            {
                postData.MimeType = HarJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("encoding"u8))
            {
                postData.Encoding = HarJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("params"u8))
            {
                ParseParams(ref reader, postData.Params);
            }
            else
            {
                HarJson.Skip(ref reader);
            }
        }

        return postData;
    }

    private static void ParseParams(ref Utf8JsonReader reader, List<HarParam> into)
    {
        if (HarJson.EnterList(ref reader) != JsonTokenType.StartArray)
        {
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                HarJson.Skip(ref reader);
                continue;
            }

            if (ParseParam(ref reader) is { } param)
            {
                into.Add(param);
            }
        }
    }

    private static HarParam? ParseParam(ref Utf8JsonReader reader)
    {
        string? name = null, value = null, fileName = null, contentType = null;
        while (HarJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = HarJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                value = HarJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("fileName"u8))
            {
                fileName = HarJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("contentType"u8))
            {
                contentType = HarJson.ReadString(ref reader);
            }
            else
            {
                HarJson.Skip(ref reader);
            }
        }

        return name is null ? null : new HarParam(name, value, fileName, contentType);
    }

    private static void ParseHeaders(ref Utf8JsonReader reader, List<HttpHeader> into)
    {
        ParseNameValues(ref reader, (name, value) => into.Add(new HttpHeader(name, value)));
    }

    private static void ParseCookies(ref Utf8JsonReader reader, List<HttpCookie> into)
    {
        ParseNameValues(ref reader, (name, value) => into.Add(new HttpCookie(name, value)));
    }

    /// <summary>
    /// Reads a list of <c>{name, value}</c> objects. A single object instead of the list (Internet Explorer's
    /// export writes cookies so) is read as a list of one.
    /// </summary>
    private static void ParseNameValues(ref Utf8JsonReader reader, Action<string, string> add)
    {
        var kind = HarJson.EnterList(ref reader);
        if (kind == JsonTokenType.StartObject)
        {
            ReadNameValue(ref reader, add);
            return;
        }

        if (kind != JsonTokenType.StartArray)
        {
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadNameValue(ref reader, add);
            }
            else
            {
                HarJson.Skip(ref reader);
            }
        }
    }

    private static void ReadNameValue(ref Utf8JsonReader reader, Action<string, string> add)
    {
        string? name = null, value = null;
        while (HarJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = HarJson.ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                value = HarJson.ReadString(ref reader);
            }
            else
            {
                HarJson.Skip(ref reader);
            }
        }

        if (!string.IsNullOrEmpty(name))
        {
            add(name, value ?? string.Empty);
        }
    }
}
