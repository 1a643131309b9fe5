using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace HeyGen.Ci.Scoring.Inference;

/// <summary>
/// The process-wide ONNX Runtime environment, created before anything else touches ONNX Runtime so that its
/// native log lines reach a managed callback instead of standard error. While a provider is being tried on a
/// thread, that thread's native lines are collected so the one provider line can quote them.
/// </summary>
internal static class OnnxRuntimeEnvironment
{
    private static readonly Lock s_gate = new();

    // Held in a static: native code calls this delegate for the life of the process.
    private static readonly DOrtLoggingFunction s_callback = OnNativeLog;

    [ThreadStatic]
    private static StringBuilder? t_collected;

    private static ILogger? s_logger;
    private static bool s_created;

    /// <summary>Creates the environment once; later calls only replace the logger native lines go to.</summary>
    public static void Ensure(ILogger logger)
    {
        lock (s_gate)
        {
            s_logger = logger;
            if (s_created)
            {
                return;
            }

            var options = new EnvironmentCreationOptions
            {
                logId = "heygen",
                logLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING,
                loggingFunction = s_callback,
            };
            OrtEnv.CreateInstanceWithOptions(ref options);
            s_created = true;
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/>, returning the ONNX Runtime error it threw (if any) and what native code
    /// logged on this thread meanwhile.
    /// </summary>
    public static (Exception? Error, string NativeText) Attempt(Action action)
    {
        var collected = new StringBuilder();
        t_collected = collected;
        try
        {
            action();
            return (null, collected.ToString().Trim());
        }
        catch (Exception ex) when (ex is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
        {
            // The CPU runtime has no CUDA entry point at all; the CUDA runtime throws when a library is missing.
            return (ex, collected.ToString().Trim());
        }
        finally
        {
            t_collected = null;
        }
    }

    private static void OnNativeLog(
        IntPtr param, OrtLoggingLevel severity, string category, string logId, string codeLocation, string message)
    {
        try
        {
            if (t_collected is { } collected)
            {
                collected.Append(message).Append(' ');
                return;
            }

            s_logger?.LogDebug(ScoringEvents.NativeLog, "ONNX Runtime ({Severity}): {Message}", severity, message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Logging never throws back into native code.
        }
    }
}
