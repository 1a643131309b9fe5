namespace HeyGen.Ci.GitHub.Tests.Fakes;

/// <summary>A canned response the fake serves instead of the real one, to the next request of the method.</summary>
internal sealed record FakeFault(int Status, string Message, IReadOnlyDictionary<string, string>? Headers = null,
    string? Method = null);
