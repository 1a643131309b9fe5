namespace HeyGen.Ci.Core.Json;

/// <summary>A run file with a versioned schema name such as <c>heygen.result/v1</c>.</summary>
public interface IVersionedFile
{
    /// <summary>The schema name and version.</summary>
    string Schema { get; }
}
