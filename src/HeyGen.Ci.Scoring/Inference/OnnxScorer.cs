using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Scoring.Features;
using HeyGen.Ci.Scoring.Models;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace HeyGen.Ci.Scoring.Inference;

/// <summary>
/// One loaded scoring model: an ONNX Runtime session, created once and reused for every batch, on CUDA when
/// it can be and on CPU otherwise. The model's contract is checked when it loads.
/// </summary>
internal sealed class OnnxScorer : IDisposable
{
    private readonly InferenceSession _session;
    private readonly SessionOptions _options;
    private readonly int _scoreRank;

    private OnnxScorer(InferenceSession session, SessionOptions options, string provider, string source)
    {
        _session = session;
        _options = options;
        Provider = provider;
        Source = source;
        _scoreRank = ModelContractCheck.Verify(session, source);
        HasReconstruction = session.OutputMetadata.ContainsKey(ModelContract.ReconstructionOutput);
    }

    /// <summary>The execution provider the session runs on: <c>CUDA</c> or <c>CPU</c>.</summary>
    public string Provider { get; }

    /// <summary>Where the model came from, for messages.</summary>
    public string Source { get; }

    /// <summary>Whether the model also gives <c>recon_error</c>.</summary>
    public bool HasReconstruction { get; }

    /// <summary>Loads a model; a model ONNX Runtime refuses, or one that breaks the contract, is a coded
    /// error.</summary>
    public static OnnxScorer Load(byte[] model, string source, ScoringRuntimeOptions runtime, ILogger logger)
    {
        OnnxRuntimeEnvironment.Ensure(logger);
        var (session, options, provider) = ProviderSelection.Create(model, source, runtime, logger);
        try
        {
            return new OnnxScorer(session, options, provider, source);
        }
        catch
        {
            session.Dispose();
            options.Dispose();
            throw;
        }
    }

    /// <summary>Scores <paramref name="rows"/> rows of <paramref name="input"/> (row-major, 16 wide).</summary>
    public void Score(float[] input, int rows, Span<float> scores, Span<float> reconstruction)
    {
        var width = FeatureSet.Count;
        using var inputValue = OrtValue.CreateTensorValueFromMemory(
            OrtMemoryInfo.DefaultInstance, input.AsMemory(0, rows * width), [rows, width]);
        var names = HasReconstruction
            ? new[] { ModelContract.ScoreOutput, ModelContract.ReconstructionOutput }
            : new[] { ModelContract.ScoreOutput };

        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, [ModelContract.InputName], [inputValue], names);
        Copy(outputs[0], rows, scores);
        if (HasReconstruction)
        {
            Copy(outputs[1], rows, reconstruction);
        }
    }

    /// <summary>
    /// Scores into output tensors the caller allocated once (the benchmark's path: no allocation per call).
    /// </summary>
    public void ScoreInto(OrtValue input, OrtValue scores, OrtValue? reconstruction, RunOptions runOptions)
    {
        string[] names = reconstruction is null
            ? [ModelContract.ScoreOutput]
            : [ModelContract.ScoreOutput, ModelContract.ReconstructionOutput];
        OrtValue[] outputs = reconstruction is null ? [scores] : [scores, reconstruction];
        _session.Run(runOptions, [ModelContract.InputName], [input], names, outputs);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }

    private void Copy(OrtValue output, int rows, Span<float> target)
    {
        var values = output.GetTensorDataAsSpan<float>();
        if (values.Length != rows)
        {
            var message = $"The model '{Source}' returned {values.Length} values from '{ModelContract.ScoreOutput}' "
                + $"(rank {_scoreRank}) for {rows} rows; a model must give one score per row.";
            throw new HeyGenException(DiagnosticCodes.ModelScoresInvalid.Create(message, Source));
        }

        values.CopyTo(target);
    }
}
