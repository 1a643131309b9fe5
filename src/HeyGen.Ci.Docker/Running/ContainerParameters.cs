using System.Globalization;
using Docker.DotNet.Models;

namespace HeyGen.Ci.Docker.Running;

/// <summary>
/// The create request for a target's container: its port published on 127.0.0.1 only with an ephemeral host
/// port, an init process (so SIGTERM stops it at once), limits, labels and its own network.
/// </summary>
internal static class ContainerParameters
{
    public static CreateContainerParameters For(
        ContainerSpec spec, string image, string name, string network, IDictionary<string, string> labels)
    {
        var port = spec.ContainerPort.ToString(CultureInfo.InvariantCulture) + "/tcp";
        return new CreateContainerParameters
        {
            Name = name,
            Image = image,
            Env = spec.Environment.Select(e => $"{e.Key}={e.Value}").ToList(),
            Cmd = spec.Command?.ToList()!,
            Labels = labels,
            ExposedPorts = new Dictionary<string, EmptyStruct> { [port] = default },
            Healthcheck = Healthcheck(spec.Readiness, spec.ReadyTimeout),
            StopTimeout = spec.StopTimeout,
            HostConfig = new HostConfig
            {
                Init = true,
                NetworkMode = network,
                PortBindings = new Dictionary<string, IList<PortBinding>>
                {
                    [port] = [new PortBinding { HostIP = "127.0.0.1", HostPort = string.Empty }],
                },
                Memory = spec.MemoryBytes ?? 0,
                MemorySwap = spec.MemoryBytes ?? 0,
                NanoCPUs = spec.Cpus is { } cpus ? (long)(cpus * 1_000_000_000) : 0,
            },
        };
    }

    private static HealthcheckConfig? Healthcheck(ReadinessCheck readiness, TimeSpan readyTimeout)
    {
        if (readiness.Kind != ReadinessKind.Healthcheck || readiness.HealthcheckCommand is null)
        {
            return null;
        }

        return new HealthcheckConfig
        {
            Test = ["CMD-SHELL", readiness.HealthcheckCommand],
            Interval = readiness.Interval,
            Timeout = TimeSpan.FromSeconds(5),
            StartPeriod = readiness.StartPeriod ?? readyTimeout,
            Retries = 3,
        };
    }
}
