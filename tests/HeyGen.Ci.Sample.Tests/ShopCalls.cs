using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace HeyGen.Ci.Sample.Tests;

/// <summary>The calls the tests make to the shop, with the JSON that comes back.</summary>
internal static class ShopCalls
{
    public static async Task<(HttpResponseMessage Response, JsonNode? Json)> SendAsync(
        this HttpClient client, HttpMethod method, string path, object? body = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static Task<(HttpResponseMessage Response, JsonNode? Json)> GetJsonAsync(
        this HttpClient client, string path, string? token = null) =>
        client.SendAsync(HttpMethod.Get, path, token: token);

    public static async Task<string> SignInAsync(
        this HttpClient client, string email = "demo@example.com", string password = "demo-password")
    {
        var (response, json) = await client.SendAsync(HttpMethod.Post, "/api/auth/sign-in", new { email, password });
        Assert.Equal(200, (int)response.StatusCode);
        return json!["token"]!.GetValue<string>();
    }

    public static int[] Ids(this JsonNode list) =>
        [.. list["items"]!.AsArray().Select(item => item!["id"]!.GetValue<int>())];
}
