using System.Text.Json;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Reads one complete HAR entry into a draft. Property names are compared as UTF-8 spans and everything the
/// model does not keep is skipped without being decoded.
/// </summary>
internal static partial class HarEntryParser
{
    /// <summary>
    /// Parses the entry whose <c>{</c> the reader sits on, in the same pass that finds its end. Null when the
    /// chunk ends before the entry does; the caller then rewinds and reads more.
    /// </summary>
    public static HarEntryDraft? Parse(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        var entry = new HarEntryDraft();
        while (HarJson.NextProperty(ref reader))
        {
            ReadEntryProperty(ref reader, entry);
        }

        var complete = reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth;
        return complete ? entry : null;
    }

    private static void ReadEntryProperty(ref Utf8JsonReader reader, HarEntryDraft entry)
    {
        if (reader.ValueTextEquals("request"u8))
        {
            entry.Request = ParseRequest(ref reader);
        }
        else if (reader.ValueTextEquals("response"u8))
        {
            entry.Response = ParseResponse(ref reader);
        }
        else if (reader.ValueTextEquals("startedDateTime"u8))
        {
            entry.StartedDateTime = HarJson.ReadString(ref reader);
        }
        else if (reader.ValueTextEquals("time"u8))
        {
            entry.Time = HarJson.ReadNumber(ref reader);
        }
        else if (reader.ValueTextEquals("pageref"u8))
        {
            entry.PageRef = HarJson.ReadString(ref reader);
        }
        else if (reader.ValueTextEquals("timings"u8))
        {
            ParseTimings(ref reader, entry.Timings);
        }
        else
        {
            HarJson.Skip(ref reader);
        }
    }

    private static void ParseTimings(ref Utf8JsonReader reader, HarTimingsDraft timings)
    {
        if (!HarJson.EnterObject(ref reader))
        {
            return;
        }

        while (HarJson.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("wait"u8))
            {
                timings.Wait = HarJson.ReadNumber(ref reader);
            }
            else if (reader.ValueTextEquals("receive"u8))
            {
                timings.Receive = HarJson.ReadNumber(ref reader);
            }
            else if (reader.ValueTextEquals("send"u8))
            {
                timings.Send = HarJson.ReadNumber(ref reader);
            }
            else
            {
                HarJson.Skip(ref reader);
            }
        }
    }
}
