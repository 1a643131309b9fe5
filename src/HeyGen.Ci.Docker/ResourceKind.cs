namespace HeyGen.Ci.Docker;

/// <summary>The kinds of engine resources the product creates.</summary>
public enum ResourceKind
{
    /// <summary>A container.</summary>
    Container,

    /// <summary>An image built for a run (or an intermediate image of its build).</summary>
    Image,

    /// <summary>A network.</summary>
    Network,
}
