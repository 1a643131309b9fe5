using System.Text.Json;
using HeyGen.Ci.Steps.Http;
using HeyGen.Ci.Steps.Scenarios;
using Reqnroll;

namespace HeyGen.Ci.Steps.Bindings;

/// <summary>Steps that store a value of the last response as a scenario variable.</summary>
[Binding]
public sealed class CaptureSteps
{
    private readonly HttpScenarioState _state;

    /// <summary>Created by the runtime per scenario.</summary>
    /// <param name="state">The scenario's HTTP state.</param>
    public CaptureSteps(HttpScenarioState state) => _state = state;

    /// <summary><c>I capture "NAME" from the JSON at "PATH"</c>: a string as its text, anything else as JSON.</summary>
    [StepDefinition("^I capture " + StepPatterns.Quoted + " from the JSON at " + StepPatterns.Quoted + "$")]
    public void CaptureJson(string name, string path)
    {
        var selector = ResponseSteps.ParsePath(References.Unquote(path));
        var json = Response().Json ?? throw new StepOutcomeException(
            $"expected a JSON response to capture {selector.Text} from, "
            + $"got {Response().ContentType ?? "no content type"}");
        var values = selector.Select(json.RootElement);
        if (values.Count != 1)
        {
            var found = values.Count == 0 ? "no value" : $"{values.Count} values";
            throw new StepOutcomeException(
                $"expected one value at {selector.Text} to capture as \"{References.Unquote(name)}\", found {found}");
        }

        var value = values[0].Value;
        _state.SetVariable(
            References.Unquote(name),
            value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
    }

    /// <summary><c>I capture "NAME" from the response header "HEADER"</c>.</summary>
    [StepDefinition("^I capture " + StepPatterns.Quoted + " from the response header " + StepPatterns.Quoted + "$")]
    public void CaptureHeader(string name, string header)
    {
        var headerName = References.Unquote(header);
        var values = Response().Headers[headerName].ToArray();
        if (values.Length == 0)
        {
            throw new StepOutcomeException(
                $"expected a response header {headerName} to capture as \"{References.Unquote(name)}\", "
                + "but there is none");
        }

        _state.SetVariable(References.Unquote(name), values[0]);
    }

    /// <summary><c>I capture "NAME" from the cookie "COOKIE"</c>: a cookie the target set (kept in the jar).</summary>
    [StepDefinition("^I capture " + StepPatterns.Quoted + " from the cookie " + StepPatterns.Quoted + "$")]
    public void CaptureCookie(string name, string cookie)
    {
        var cookieName = References.Unquote(cookie);
        var found = _state.Cookies.GetAllCookies().FirstOrDefault(c => c.Name == cookieName);
        if (found is null)
        {
            throw new StepOutcomeException(
                $"expected a cookie {cookieName} set by the target to capture as \"{References.Unquote(name)}\", "
                + "but none was set");
        }

        _state.SetVariable(References.Unquote(name), found.Value);
    }

    private ResponseSnapshot Response() => _state.LastResponse ?? throw new StepOutcomeException(
        "no response to capture from; add an 'I send a … request to …' step first");
}
