using Reqnroll.BoDi;

namespace HeyGen.Ci.Steps.Http;

/// <summary>How a host makes the step library's target known to the runtime.</summary>
public static class StepLibrary
{
    /// <summary>
    /// Registers <paramref name="target"/> in a Reqnroll container (the global one, from a runtime plugin's
    /// <c>RegisterGlobalDependencies</c> or <c>CustomizeGlobalDependencies</c> event), so every scenario's steps
    /// send to it. Without a registration the steps read <see cref="StepTarget.TargetVariable"/>.
    /// </summary>
    /// <param name="container">The container to register in.</param>
    /// <param name="target">The target; the caller disposes it after the run.</param>
    public static void Register(IObjectContainer container, StepTarget target)
    {
        ArgumentNullException.ThrowIfNull(container);
        container.RegisterInstanceAs(target, dispose: false);
    }
}
