namespace HeyGen.Ci.Docker.Tests.Support;

/// <summary>Run ids unique to one test, so what a test asserts about its labels is about its own resources.</summary>
public static class RunIds
{
    public static string New(string what) => $"test-{what}-{Guid.NewGuid().ToString("N")[..10]}".ToLowerInvariant();
}
