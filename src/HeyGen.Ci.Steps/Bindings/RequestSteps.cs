using HeyGen.Ci.Steps.Http;
using Reqnroll;

namespace HeyGen.Ci.Steps.Bindings;

/// <summary>Steps that set variables, prepare the next request and send it.</summary>
[Binding]
public sealed class RequestSteps
{
    private readonly HttpScenarioState _state;

    /// <summary>Created by the runtime per scenario.</summary>
    /// <param name="state">The scenario's HTTP state.</param>
    public RequestSteps(HttpScenarioState state) => _state = state;

    /// <summary><c>the variable "NAME" is "VALUE"</c>.</summary>
    [StepDefinition("^the variable " + StepPatterns.Quoted + " is " + StepPatterns.Quoted + "$")]
    public void SetVariable(string name, string value)
        => _state.SetVariable(References.Unquote(name), _state.Expand(References.Unquote(value)).Value);

    /// <summary><c>the request header "NAME" is "VALUE"</c>.</summary>
    [StepDefinition("^the request header " + StepPatterns.Quoted + " is " + StepPatterns.Quoted + "$")]
    public void AddHeader(string name, string value)
        => _state.PendingHeaders.Add((References.Unquote(name), References.Unquote(value)));

    /// <summary><c>the request headers are:</c> with a <c>| name | value |</c> table.</summary>
    [StepDefinition("^the request headers are:$")]
    public void AddHeaders(Table headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var row in headers.Rows)
        {
            _state.PendingHeaders.Add((row[0], row[1]));
        }
    }

    /// <summary><c>the request body is:</c> with a doc string whose media type is the content type.</summary>
    [StepDefinition("^the request body is:$")]
    public void SetBody(string body)
    {
        _state.PendingBody = body;
        _state.PendingBodyMediaType = _state.StepDocStringMediaType;
    }

    /// <summary><c>I send a METHOD request to "PATH"</c>: sends the prepared request and clears it.</summary>
    [StepDefinition("^I send a ([A-Za-z]+) request to " + StepPatterns.Quoted + "$")]
    public async Task SendAsync(string method, string path)
    {
        try
        {
            await new RequestSender(_state).SendAsync(method, References.Unquote(path)).ConfigureAwait(false);
        }
        finally
        {
            _state.PendingHeaders.Clear();
            _state.PendingBody = null;
            _state.PendingBodyMediaType = null;
        }
    }
}
