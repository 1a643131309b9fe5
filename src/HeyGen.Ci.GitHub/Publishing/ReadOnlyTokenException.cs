namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>The API answered 403 "Resource not accessible": the token may read but not write here.</summary>
public sealed class ReadOnlyTokenException : Exception
{
    /// <summary>Creates the exception with the API's message.</summary>
    public ReadOnlyTokenException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public ReadOnlyTokenException()
        : base("Resource not accessible by integration")
    {
    }

    /// <summary>Creates the exception with the API's message.</summary>
    public ReadOnlyTokenException(string message)
        : base(message)
    {
    }
}
