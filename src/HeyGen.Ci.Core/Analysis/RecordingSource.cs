using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// Recorded exchanges, streamed in recording order, each with its session id; can be read more than once
/// (the analysis reads its inputs in passes rather than keeping every exchange).
/// </summary>
/// <param name="diagnostics">Where reading problems go.</param>
/// <param name="cancellationToken">Stops reading.</param>
internal delegate IAsyncEnumerable<Exchange> RecordingSource(
    IDiagnosticSink diagnostics, CancellationToken cancellationToken);
