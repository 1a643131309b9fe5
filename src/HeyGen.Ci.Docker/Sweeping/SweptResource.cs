namespace HeyGen.Ci.Docker.Sweeping;

/// <summary>One resource a sweep looked at.</summary>
/// <param name="Kind">Container, image or network.</param>
/// <param name="Id">Its short id.</param>
/// <param name="Name">Its name or tag, when it has one.</param>
/// <param name="RunId">The run that created it.</param>
/// <param name="Owner">The owner label: <c>&lt;boot id&gt;/&lt;pid&gt;</c>.</param>
/// <param name="Reason">Why it was removed or kept, or why removing it failed.</param>
public sealed record SweptResource(
    ResourceKind Kind, string Id, string? Name, string RunId, string Owner, string Reason);
