using HeyGen.Ci.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace HeyGen.Ci.Scoring.Inference;

/// <summary>
/// The one place that chooses the execution provider. CUDA is tried around both the provider call (the
/// library may not load) and the session constructor (a missing driver or device fails only there); on any
/// failure the session is created again on fresh CPU options. Exactly one line says which provider runs.
/// </summary>
internal static class ProviderSelection
{
    public static (InferenceSession Session, SessionOptions Options, string Provider) Create(
        byte[] model, string source, ScoringRuntimeOptions runtime, ILogger logger)
    {
        if (runtime.Provider == ExecutionProviderPreference.Auto)
        {
            var cuda = TryCuda(model, runtime, out var reason);
            if (cuda is { } created)
            {
                logger.LogInformation(
                    ScoringEvents.ProviderSelected, "Scoring {Model} on CUDA device {Device}.", source,
                        runtime.CudaDevice);
                return (created.Session, created.Options, "CUDA");
            }

            logger.LogInformation(
                ScoringEvents.ProviderSelected, "Scoring {Model} on CPU: CUDA is not available ({Reason}).", source,
                    reason);
        }
        else
        {
            logger.LogInformation(ScoringEvents.ProviderSelected, "Scoring {Model} on CPU, as configured.", source);
        }

        var options = CpuOptions(runtime);
        try
        {
            return (new InferenceSession(model, options), options, "CPU");
        }
        catch (OnnxRuntimeException ex)
        {
            options.Dispose();
            var message = $"ONNX Runtime cannot load the model '{source}': {ex.Message.Trim()} "
                + "Give an ONNX file (opset 18 or lower) that takes 'X' float[N,16] and gives 'score'.";
            throw new HeyGenException(DiagnosticCodes.ModelUnreadable.Create(message, source), ex);
        }
    }

    private static (InferenceSession Session, SessionOptions Options)? TryCuda(
        byte[] model, ScoringRuntimeOptions runtime, out string reason)
    {
        var options = CpuOptions(runtime);
        InferenceSession? session = null;
        var (error, native) = OnnxRuntimeEnvironment.Attempt(() =>
        {
            options.AppendExecutionProvider_CUDA(runtime.CudaDevice);
            session = new InferenceSession(model, options);
        });

        if (error is null && session is not null)
        {
            reason = string.Empty;
            return (session, options);
        }

        session?.Dispose();
        options.Dispose();
        reason = Describe(error, native);

        return null;
    }

    private static string Describe(Exception? error, string native)
    {
        if (error is EntryPointNotFoundException)
        {
            return "this build carries the CPU runtime; build with -p:HeyGenCiOnnxRuntime=gpu for CUDA";
        }

        var text = string.IsNullOrEmpty(native) ? error?.Message ?? "unknown error" : native;
        text = text.ReplaceLineEndings(" ").Trim();

        return text.Length <= 400 ? text : text[..400] + "…";
    }

    private static SessionOptions CpuOptions(ScoringRuntimeOptions runtime) => new()
    {
        IntraOpNumThreads = Math.Max(1, runtime.IntraOpThreads),
        InterOpNumThreads = 1,
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING,
    };
}
