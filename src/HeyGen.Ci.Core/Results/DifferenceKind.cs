namespace HeyGen.Ci.Core.Results;

/// <summary>The kind of a body difference; the last three are schema changes.</summary>
public enum DifferenceKind
{
    /// <summary>Same path and type, another value.</summary>
    Changed,

    /// <summary>A field or array item the recording did not have.</summary>
    Added,

    /// <summary>A field or array item the recording had and the response lacks.</summary>
    Removed,

    /// <summary>Same path, another JSON type (string for number, object for array, …).</summary>
    Retyped,

    /// <summary>The same items in another order.</summary>
    Reordered,
}
