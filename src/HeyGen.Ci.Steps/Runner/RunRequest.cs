using System.Reflection;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Targets;
using HeyGen.Ci.Steps.Http;

namespace HeyGen.Ci.Steps.Runner;

/// <summary>What <see cref="DirectRunner.RunAsync"/> runs, against what, and where it writes.</summary>
public sealed record RunRequest
{
    /// <summary>
    /// The base address requests go to (a container's address when <see cref="SystemUnderTest"/> is set).
    /// </summary>
    public required Uri Target { get; init; }

    /// <summary>The label of this target: <c>candidate</c>, <c>baseline</c>, <c>baseline-2</c>.</summary>
    public required string Label { get; init; }

    /// <summary>The run id written into the result.</summary>
    public required string RunId { get; init; }

    /// <summary>The folder of <c>.feature</c> files, searched recursively.</summary>
    public required string FeaturesFolder { get; init; }

    /// <summary>Where Cucumber messages, the HTML report and JUnit XML go (<c>reports/&lt;label&gt;</c>).</summary>
    public required string ReportsFolder { get; init; }

    /// <summary>Where the result file goes; null to write none (the caller writes it).</summary>
    public string? ResultFile { get; init; }

    /// <summary>How many scenarios run at once; at least 1.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>The slice of scenarios to run, chosen by <see cref="ShardSelector"/>.</summary>
    public ShardInfo Shard { get; init; } = ShardInfo.Whole;

    /// <summary>How many times a failed or errored scenario is run again; a later pass makes it flaky.</summary>
    public int Retries { get; init; }

    /// <summary>How long one request may take before it counts as unanswered.</summary>
    public TimeSpan RequestTimeout { get; init; } = StepTarget.DefaultTimeout;

    /// <summary>Values for <c>${env:NAME}</c> that win over the process environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The system under test the product started, if any: checked between scenarios and after a request
    /// could not connect; its description goes into the result.
    /// </summary>
    public ISystemUnderTest? SystemUnderTest { get; init; }

    /// <summary>More assemblies with bindings or hooks (the step library itself is always loaded).</summary>
    public IReadOnlyList<Assembly> BindingAssemblies { get; init; } = [];

    /// <summary>Where diagnostics go (a feature file that does not parse); null to drop them.</summary>
    public IDiagnosticSink? Diagnostics { get; init; }

    /// <summary>Receives each scenario's result as it completes (for progress); called from worker threads.</summary>
    public Action<ScenarioResult>? OnScenarioCompleted { get; init; }

    /// <summary>The clock for the result's start and finish times.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
