using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Docker.Building;

/// <summary>
/// Builds a run's image from a Dockerfile and context with the engine's builder. A failed build does not
/// throw from the API (the error only arrives in the progress stream), so the stream is read to the end and
/// its last lines go into the error.
/// </summary>
internal sealed class ImageBuilder(IDockerClient client, ImageResolver images)
{
    private const int KeptLines = 15;

    /// <summary>Builds the image and returns its tag; the scope owns it from the first byte sent.</summary>
    public async Task<string> BuildAsync(
        ContainerSpec spec, string runId, string target, CleanupScope scope, CancellationToken cancellationToken)
    {
        var (dockerfilePath, contextFolder) = Locate(spec);
        var labels = ResourceLabels.For(runId, target);
        var original = await File.ReadAllTextAsync(dockerfilePath, cancellationToken).ConfigureAwait(false);

        foreach (var baseImage in DockerfileText.BaseImages(original, spec.BuildArgs))
        {
            await images.EnsurePresentAsync(baseImage, spec.AllowPull, dockerfilePath, cancellationToken)
                .ConfigureAwait(false);
        }

        var tag = $"heygen-ci/{runId.ToLowerInvariant()}:{target.ToLowerInvariant()}";
        var text = DockerfileText.AddLabels(original, labels);
        await using var context = await BuildContextArchive.CreateAsync(contextFolder, text, cancellationToken)
            .ConfigureAwait(false);

        scope.PruneBuildImages = true;
        scope.Own(ResourceKind.Image, tag);
        await RunBuildAsync(spec, tag, labels, context, dockerfilePath, cancellationToken).ConfigureAwait(false);
        return tag;
    }

    private async Task RunBuildAsync(
        ContainerSpec spec,
        string tag,
        IDictionary<string, string> labels,
        Stream context,
        string dockerfilePath,
        CancellationToken cancellationToken)
    {
        var parameters = new ImageBuildParameters
        {
            Tags = [tag],
            Dockerfile = BuildContextArchive.DockerfileEntry,
            BuildArgs = new Dictionary<string, string>(spec.BuildArgs),
            Labels = labels,
            Remove = true,
            ForceRemove = true,
        };

        var output = new BuildOutput(KeptLines);
        var progress = new SynchronousProgress<JSONMessage>(output.Add);
        try
        {
            await client.Images.BuildImageFromDockerfileAsync(
                parameters, context, [], new Dictionary<string, string>(), progress, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (DockerApiException ex)
        {
            throw Failed(dockerfilePath, ex.ResponseBody ?? ex.Message, output, ex);
        }

        if (output.Error is not null)
        {
            throw Failed(dockerfilePath, output.Error, output, null);
        }
    }

    private static HeyGenException Failed(string dockerfile, string error, BuildOutput output, Exception? inner)
    {
        var message = $"Building the image from {dockerfile} failed: {error.Trim()}\n" +
            $"Last build output:\n{output.LastLinesText()}\n" +
            "Fix the Dockerfile (try 'docker build' with the same file and context to see the whole output).";
        return new HeyGenException(DiagnosticCodes.DockerBuildFailed.Create(message, dockerfile), inner);
    }

    private static (string Dockerfile, string Context) Locate(ContainerSpec spec)
    {
        var dockerfile = Path.GetFullPath(spec.Dockerfile!);
        if (!File.Exists(dockerfile))
        {
            throw Invalid($"The Dockerfile {dockerfile} does not exist. Pass the path of an existing Dockerfile.",
                dockerfile);
        }

        var context = Path.GetFullPath(spec.BuildContext ?? Path.GetDirectoryName(dockerfile)!);
        if (!Directory.Exists(context))
        {
            throw Invalid($"The build context folder {context} does not exist. Pass an existing folder as context.",
                dockerfile);
        }

        return (dockerfile, context);
    }

    private static HeyGenException Invalid(string message, string file)
        => new(DiagnosticCodes.DockerBuildContextInvalid.Create(message, file), exitCode: ExitCodes.Usage);

    /// <summary>Keeps the last lines of a build's progress stream and its error, if one arrived.</summary>
    private sealed class BuildOutput(int keep)
    {
        private readonly Queue<string> _lines = new();

        public string? Error { get; private set; }

        public void Add(JSONMessage message)
        {
            if (message.Error is { } error)
            {
                Error ??= string.IsNullOrWhiteSpace(error.Message) ? "the build reported an error" : error.Message;
            }

            var text = message.Stream ?? message.Status;
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                _lines.Enqueue(line.TrimEnd('\r'));
                if (_lines.Count > keep)
                {
                    _lines.Dequeue();
                }
            }
        }

        public string LastLinesText()
            => _lines.Count == 0 ? "  (no output)" : string.Join('\n', _lines.Select(l => "  | " + l));
    }
}
