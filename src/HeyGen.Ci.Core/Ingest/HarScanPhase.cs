namespace HeyGen.Ci.Core.Ingest;

/// <summary>Where the HAR scanner is in the document.</summary>
internal enum HarScanPhase
{
    /// <summary>Before the root object.</summary>
    Start,

    /// <summary>Among the root object's properties.</summary>
    Root,

    /// <summary>Among the properties of <c>log</c>.</summary>
    Log,

    /// <summary>Among the items of <c>log.entries</c>.</summary>
    Entries,

    /// <summary>After <c>log</c>, or after a fault: nothing more to read.</summary>
    Done,
}
