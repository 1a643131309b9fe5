using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>One candidate container run against the shared baseline: its run folder, result and verdict.</summary>
/// <param name="Seed">The seed the candidate started with (<c>none</c> for an unchanged rerun).</param>
/// <param name="Run">The run folder: copies of the baseline results next to the candidate's.</param>
/// <param name="Result">What the features observed on the candidate.</param>
/// <param name="Verdict">The gate's verdict, as read back from <c>verdict.json</c>.</param>
/// <param name="Elapsed">Start, run, score and gate together.</param>
internal sealed record CandidateRun(
    string Seed, RunFolder Run, RunResult Result, Verdict Verdict, TimeSpan Elapsed);
