using System.Globalization;
using System.Text;
using System.Text.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Http;
using HeyGen.Ci.Steps.Json;
using HeyGen.Ci.Steps.Scenarios;
using Reqnroll;

namespace HeyGen.Ci.Steps.Bindings;

/// <summary>Steps that check the last response: status, headers, JSON body, shape and single values.</summary>
[Binding]
public sealed class ResponseSteps
{
    private const int DifferencesInMessage = 5;
    private readonly HttpScenarioState _state;

    /// <summary>Created by the runtime per scenario.</summary>
    /// <param name="state">The scenario's HTTP state.</param>
    public ResponseSteps(HttpScenarioState state) => _state = state;

    /// <summary><c>the response status is CODE</c>.</summary>
    [StepDefinition("^the response status is (\\d{3})$")]
    public void ExpectStatus(int status)
    {
        var response = Response();
        _state.UpdateLast(e => e with { ExpectedStatus = status });
        if (response.Status != status)
        {
            var expected = status.ToString(CultureInfo.InvariantCulture);
            throw new StepOutcomeException(
                $"expected status {status}, got {response.Status}" + BodyHint(response),
                expected,
                response.Status.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary><c>the response header "NAME" is "VALUE"</c>.</summary>
    [StepDefinition("^the response header " + StepPatterns.Quoted + " is " + StepPatterns.Quoted + "$")]
    public void ExpectHeader(string name, string value)
        => CheckHeader(References.Unquote(name), References.Unquote(value), exact: true);

    /// <summary><c>the response header "NAME" contains "VALUE"</c>.</summary>
    [StepDefinition("^the response header " + StepPatterns.Quoted + " contains " + StepPatterns.Quoted + "$")]
    public void ExpectHeaderContains(string name, string value)
        => CheckHeader(References.Unquote(name), References.Unquote(value), exact: false);

    /// <summary><c>the response JSON matches:</c> with the recorded JSON.</summary>
    [StepDefinition("^the response JSON matches:$")]
    public void ExpectJson(string recorded) => CompareJson(recorded, [], shapeOnly: false);

    /// <summary><c>the response JSON matches, ignoring "PATH", …:</c> with the recorded JSON.</summary>
    [StepDefinition("^the response JSON matches, ignoring " + StepPatterns.QuotedList + ":$")]
    public void ExpectJsonIgnoring(string paths, string recorded)
    {
        var masks = QuotedItems(paths).Select(ParsePath).ToArray();
        CompareJson(recorded, masks, shapeOnly: false);
    }

    /// <summary><c>the response JSON has the shape:</c> with the recorded JSON.</summary>
    [StepDefinition("^the response JSON has the shape:$")]
    public void ExpectShape(string recorded) => CompareJson(recorded, [], shapeOnly: true);

    /// <summary><c>the response JSON at "PATH" is VALUE</c>, VALUE a JSON literal.</summary>
    [StepDefinition("^the response JSON at " + StepPatterns.Quoted + " is (.+)$")]
    public void ExpectJsonValue(string path, string literal)
    {
        var selector = ParsePath(References.Unquote(path));
        var expectedText = _state.Expand(literal.Trim()).Value;
        using var expected = ParseLiteral(expectedText);
        var values = selector.Select(Json(Response()).RootElement);
        if (values.Count == 0)
        {
            throw new StepOutcomeException(
                $"expected {expectedText}, but the response has no value at {selector.Text}", expectedText, null);
        }

        var wrong = values.FirstOrDefault(v => !JsonComparer.AreEqual(expected.RootElement, v.Value));
        if (wrong.Path is not null)
        {
            var at = values.Count > 1 ? $" at {wrong.Path}" : string.Empty;
            var got = JsonComparer.Compact(wrong.Value);
            throw new StepOutcomeException($"expected {expectedText}, got {got}{at}", expectedText, got);
        }
    }

    internal static IEnumerable<string> QuotedItems(string list)
    {
        var i = 0;
        while ((i = list.IndexOf('"', i)) >= 0)
        {
            var end = i + 1;
            while (end < list.Length && list[end] != '"')
            {
                end += list[end] == '\\' ? 2 : 1;
            }

            yield return References.Unquote(list[(i + 1)..Math.Min(end, list.Length)]);
            i = end + 1;
        }
    }

    internal static JsonPath ParsePath(string path)
    {
        try
        {
            return JsonPath.Parse(path);
        }
        catch (FormatException ex)
        {
            throw new StepOutcomeException(ex.Message + "; see the JSON paths in docs/contracts.md", path, null, ex);
        }
    }

    private ResponseSnapshot Response() => _state.LastResponse ?? throw new StepOutcomeException(
        _state.Exchanges.Count == 0
            ? "no request was sent before this step; add an 'I send a … request to …' step first"
            : "the last request got no response, so there is nothing to check");

    private JsonDocument Json(ResponseSnapshot response)
    {
        _state.UpdateLast(e => e);

        return response.Json ?? throw new StepOutcomeException(
            $"expected a JSON response, got {response.ContentType ?? "no content type"}: {response.Preview()}",
            "JSON",
            response.ContentType);
    }

    private void CheckHeader(string name, string expectedTemplate, bool exact)
    {
        var response = Response();
        _state.UpdateLast(e => e);
        var expected = _state.Expand(expectedTemplate);
        var values = response.Headers[name].ToArray();
        if (values.Length == 0)
        {
            throw new StepOutcomeException(
                $"expected header {name} {(exact ? "to be" : "to contain")} \"{expected.Display}\", "
                + "but the response has no such header",
                expected.Display,
                null);
        }

        var actual = string.Join(", ", values);
        var holds = exact
            ? values.Any(v => string.Equals(v, expected.Value, StringComparison.Ordinal)) || actual == expected.Value
            : actual.Contains(expected.Value, StringComparison.Ordinal);
        if (!holds)
        {
            var verb = exact ? "to be" : "to contain";
            throw new StepOutcomeException(
                $"expected header {name} {verb} \"{expected.Display}\", got \"{actual}\"", expected.Display, actual);
        }
    }

    private void CompareJson(string recordedTemplate, IReadOnlyList<JsonPath> masks, bool shapeOnly)
    {
        var recorded = _state.Expand(recordedTemplate).Value;
        _state.UpdateLast(e => e with { RecordedResponseBytes = Encoding.UTF8.GetByteCount(recorded) });
        using var expected = ParseRecorded(recorded);
        var actual = Json(Response());
        var differences = JsonComparer.Compare(expected.RootElement, actual.RootElement, masks, shapeOnly);
        _state.UpdateLast(e => e with { Differences = [.. e.Differences, .. differences] });
        if (differences.Count > 0)
        {
            throw Differ(differences, shapeOnly);
        }
    }

    private static StepOutcomeException Differ(IReadOnlyList<BodyDifference> differences, bool shapeOnly)
    {
        var what = shapeOnly ? "shape" : "JSON";
        var listed = string.Join("; ", differences.Take(DifferencesInMessage).Select(Describe));
        var more = differences.Count > DifferencesInMessage
            ? $"; and {differences.Count - DifferencesInMessage} more"
            : string.Empty;
        var first = differences[0];

        return new StepOutcomeException(
            $"the response {what} differs from the recording at {differences.Count} "
            + $"path{(differences.Count == 1 ? "" : "s")}: {listed}{more}",
            first.Expected,
            first.Actual);
    }

    private static string Describe(BodyDifference d) => d.Kind switch
    {
        DifferenceKind.Changed => $"{d.Path}: expected {d.Expected}, got {d.Actual}",
        DifferenceKind.Removed => $"{d.Path}: expected {Short(d.Expected)}, but it is missing",
        DifferenceKind.Added => $"{d.Path}: not in the recording, got {Short(d.Actual)}",
        DifferenceKind.Retyped => $"{d.Path}: expected {Short(d.Expected)}, got {Short(d.Actual)} (another type)",
        _ => $"{d.Path}: the same items in another order",
    };

    private static string? Short(string? json) => json is { Length: > 80 } ? json[..77] + "…" : json;

    private static string BodyHint(ResponseSnapshot response)
        => response.Body.Length == 0 ? string.Empty : $" (body: {response.Preview()})";

    private static JsonDocument ParseRecorded(string recorded)
    {
        try
        {
            return JsonDocument.Parse(recorded);
        }
        catch (JsonException ex)
        {
            throw new StepOutcomeException($"the step's doc string is not valid JSON: {ex.Message}", null, null, ex);
        }
    }

    private static JsonDocument ParseLiteral(string literal)
    {
        try
        {
            return JsonDocument.Parse(literal);
        }
        catch (JsonException ex)
        {
            throw new StepOutcomeException(
                $"{literal} is not a JSON literal; write 42, \"text\", true or null", literal, null, ex);
        }
    }
}
