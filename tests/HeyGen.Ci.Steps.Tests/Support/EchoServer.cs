using System.Net;
using System.Text;
using System.Text.Json;

namespace HeyGen.Ci.Steps.Tests.Support;

/// <summary>
/// A local HTTP server that answers every request with the headers it received as a JSON object, sets a cookie
/// on <c>/login</c>, and records the raw header names, so tests can see what the steps actually sent.
/// </summary>
internal sealed class EchoServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<Dictionary<string, string>> _requests = [];

    public EchoServer()
    {
        var port = JsonServer.FreePort();
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri Address { get; }

    public IReadOnlyList<Dictionary<string, string>> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        try
        {
            while (_listener.IsListening)
            {
                var context = await _listener.GetContextAsync();
                Answer(context);
            }
        }
        catch (HttpListenerException)
        {
            // Closed.
        }
        catch (ObjectDisposedException)
        {
            // Closed.
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        headers[":path"] = context.Request.RawUrl ?? string.Empty;
        lock (_requests)
        {
            _requests.Add(headers);
        }

        if (context.Request.RawUrl == "/login")
        {
            context.Response.AppendHeader("Set-Cookie", "sid=abc123; Path=/");
        }

        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(headers));
        context.Response.ContentType = "application/json";
        context.Response.OutputStream.Write(body);
        context.Response.Close();
    }
}
