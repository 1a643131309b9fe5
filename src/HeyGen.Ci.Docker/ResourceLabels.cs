namespace HeyGen.Ci.Docker;

/// <summary>
/// The labels on every container, image and network the product creates, which is what lets a sweep find
/// what a killed run left behind and tell whose it is.
/// </summary>
public static class ResourceLabels
{
    /// <summary>Marks a resource as created by HeyGen CI (value <c>true</c>).</summary>
    public const string Product = "heygen-ci";

    /// <summary>The run id that created it.</summary>
    public const string RunId = "heygen-ci.run-id";

    /// <summary>The creating process: <c>&lt;boot id&gt;/&lt;pid&gt;</c>.</summary>
    public const string Owner = "heygen-ci.owner";

    /// <summary>When the creating process started (clock ticks since boot), to tell a reused pid apart.</summary>
    public const string OwnerStarted = "heygen-ci.owner-started";

    /// <summary>The machine the creating process ran on, so one engine shared by machines is swept safely.</summary>
    public const string OwnerHost = "heygen-ci.owner-host";

    /// <summary>The target label: <c>candidate</c>, <c>baseline</c> or <c>baseline-2</c>.</summary>
    public const string Target = "heygen-ci.target";

    /// <summary>The labels for a resource of <paramref name="runId"/> created by this process.</summary>
    /// <param name="runId">The run id.</param>
    /// <param name="target">The target label, when the resource belongs to one target.</param>
    public static IDictionary<string, string> For(string runId, string? target)
    {
        var owner = OwnerIdentity.Current;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Product] = "true",
            [RunId] = runId,
            [Owner] = owner.Owner,
            [OwnerStarted] = owner.StartedTicks,
            [OwnerHost] = owner.Host,
        };

        if (target is not null)
        {
            labels[Target] = target;
        }

        return labels;
    }
}
