using System.Globalization;

namespace HeyGen.Ci.Docker;

/// <summary>
/// Who created a resource: the boot id of the machine, the process id, the process's start time and the host
/// name. A sweep removes a resource only when this identity proves its owner is gone.
/// </summary>
/// <param name="BootId">The kernel's boot id (<c>/proc/sys/kernel/random/boot_id</c>).</param>
/// <param name="ProcessId">The owning process id.</param>
/// <param name="StartedTicks">The process start time from <c>/proc/&lt;pid&gt;/stat</c>, empty when unknown.</param>
/// <param name="Host">The machine name.</param>
internal sealed record OwnerIdentity(string BootId, int ProcessId, string StartedTicks, string Host)
{
    private const string ProcRoot = "/proc";

    /// <summary>This process.</summary>
    public static OwnerIdentity Current { get; } = new(
        ReadBootId(),
        Environment.ProcessId,
        ReadStartTicks(Environment.ProcessId) ?? string.Empty,
        Environment.MachineName);

    /// <summary>The value of the owner label: <c>&lt;boot id&gt;/&lt;pid&gt;</c>.</summary>
    public string Owner => BootId + "/" + ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads the identity back from a resource's labels; null when they are missing or malformed.</summary>
    public static OwnerIdentity? FromLabels(IDictionary<string, string>? labels)
    {
        if (labels is null || !labels.TryGetValue(ResourceLabels.Owner, out var owner))
        {
            return null;
        }

        var slash = owner.LastIndexOf('/');
        if (slash <= 0 || !int.TryParse(owner.AsSpan(slash + 1), CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }

        labels.TryGetValue(ResourceLabels.OwnerStarted, out var started);
        labels.TryGetValue(ResourceLabels.OwnerHost, out var host);

        return new OwnerIdentity(owner[..slash], pid, started ?? string.Empty, host ?? string.Empty);
    }

    /// <summary>
    /// Whether the owner is certainly gone: it ran on this machine, and either the machine rebooted since or
    /// its process no longer exists (or the pid now belongs to a process started at another time).
    /// An owner on another machine is never judged dead, since its processes cannot be seen from here.
    /// </summary>
    public bool IsDead(OwnerIdentity current)
    {
        if (Host.Length > 0 && !string.Equals(Host, current.Host, StringComparison.Ordinal))
        {
            return false;
        }

        if (!string.Equals(BootId, current.BootId, StringComparison.Ordinal))
        {
            return true;
        }

        if (ProcessId == current.ProcessId)
        {
            return false;
        }

        return !IsProcessAlive(ProcessId, StartedTicks);
    }

    private static bool IsProcessAlive(int pid, string startedTicks)
    {
        if (Directory.Exists(ProcRoot))
        {
            if (!Directory.Exists(Path.Combine(ProcRoot, pid.ToString(CultureInfo.InvariantCulture))))
            {
                return false;
            }

            var now = ReadStartTicks(pid);

            // A live process with another start time is a reused pid, so the owner is gone.
            return startedTicks.Length == 0 || now is null || now == startedTicks;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string ReadBootId()
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
        }
        catch (IOException)
        {
            return "unknown-boot";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown-boot";
        }
    }

    private static string? ReadStartTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(ProcRoot, pid.ToString(CultureInfo.InvariantCulture), "stat"));

            // The command name in parentheses may hold spaces; fields count from after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 19 ? fields[19] : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
