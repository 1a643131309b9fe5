using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Steps.Reports;

/// <summary>
/// Writes a run as JUnit XML, the dialect CI test reporters read: one <c>testsuite</c> per feature, one
/// <c>testcase</c> per scenario, <c>failure</c> for failed, undefined and pending scenarios, <c>error</c> for
/// errored ones (target unreachable) and <c>skipped</c> for skipped ones.
/// </summary>
public static class JUnitReport
{
    /// <summary>Builds the document for <paramref name="result"/>.</summary>
    public static XDocument Build(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var suites = result.Scenarios.GroupBy(s => s.FeatureFile, StringComparer.Ordinal)
            .Select(g => Suite(result, g.ToArray()))
            .ToArray();
        var root = new XElement("testsuites", new XAttribute("name", $"heygen run {result.Label}"));
        AddCounts(root, result.Scenarios);
        root.Add(suites);

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>Writes the document to <paramref name="path"/>, creating its folder.</summary>
    public static async Task WriteAsync(string path, RunResult result, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var stream = File.Create(path);
        await using var writer = XmlWriter.Create(stream, settings);
        await Build(result).SaveAsync(writer, cancellationToken).ConfigureAwait(false);
    }

    private static XElement Suite(RunResult result, ScenarioResult[] scenarios)
    {
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", scenarios[0].Feature),
            new XAttribute("file", scenarios[0].FeatureFile),
            new XAttribute(
                "timestamp", result.StartedAt.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)));
        AddCounts(suite, scenarios);
        suite.Add(scenarios.Select(Case));

        return suite;
    }

    private static void AddCounts(XElement element, IReadOnlyList<ScenarioResult> scenarios)
    {
        element.Add(
            new XAttribute("tests", scenarios.Count),
            new XAttribute(
                "failures", scenarios.Count(s => s.Outcome is Outcome.Failed or Outcome.Undefined or Outcome.Pending)),
            new XAttribute("errors", scenarios.Count(s => s.Outcome == Outcome.Errored)),
            new XAttribute("skipped", scenarios.Count(s => s.Outcome == Outcome.Skipped)),
            new XAttribute("time", Seconds(scenarios.Sum(s => s.DurationMs))));
    }

    private static XElement Case(ScenarioResult scenario)
    {
        var testCase = new XElement(
            "testcase",
            new XAttribute("name", scenario.Name),
            new XAttribute("classname", scenario.Feature),
            new XAttribute("file", scenario.FeatureFile),
            new XAttribute("line", scenario.Line),
            new XAttribute("time", Seconds(scenario.DurationMs)));
        var message = scenario.Error ?? scenario.Outcome.ToString().ToLowerInvariant();
        var detail = Details(scenario);
        testCase.Add(scenario.Outcome switch
        {
            Outcome.Passed => null,
            Outcome.Skipped => new XElement("skipped", new XAttribute("message", message)),
            Outcome.Errored => new XElement(
                "error", new XAttribute("message", message), new XAttribute("type", "errored"), detail),
            _ => new XElement(
                "failure",
                new XAttribute("message", message),
                new XAttribute("type", scenario.Outcome.ToString().ToLowerInvariant()),
                detail),
        });
        if (scenario.Flaky)
        {
            testCase.Add(new XElement("system-out", $"Flaky: passed on attempt {scenario.Attempts}."));
        }

        return testCase;
    }

    private static string Details(ScenarioResult scenario)
    {
        var lines = scenario.Steps.Select(s =>
            $"{s.Outcome.ToString().ToLowerInvariant(),-9} {s.Keyword}{s.Text} (line {s.Line})"
            + (s.Error is null ? string.Empty : Environment.NewLine + "          " + s.Error));

        return string.Join(Environment.NewLine, lines);
    }

    private static string Seconds(double milliseconds)
        => (milliseconds / 1000).ToString("0.###", CultureInfo.InvariantCulture);
}
