namespace HeyGen.Ci.Core.Ingest;

/// <summary>The kinds of recording the reader understands.</summary>
internal enum RecordingFormat
{
    /// <summary>Nothing but white space (or a BOM).</summary>
    Empty,

    /// <summary>A HAR 1.x JSON file.</summary>
    Har,

    /// <summary>A combined or common format access log (nginx, Apache).</summary>
    AccessLog,
}
