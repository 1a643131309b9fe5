namespace HeyGen.Ci.Core.Model;

/// <summary>What one user did, in order: the exchanges of one page visit, one client, or one file.</summary>
/// <param name="Id">A stable id: file name plus page id, client key or sequence number.</param>
/// <param name="Source">The file the session came from.</param>
/// <param name="Exchanges">The exchanges in the order they started.</param>
public sealed record Session(string Id, string Source, IReadOnlyList<Exchange> Exchanges);
