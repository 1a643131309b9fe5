using HeyGen.Ci.Core.Analysis;
using HeyGen.Ci.Core.Tests.Generation;

namespace HeyGen.Ci.Core.Tests.Analysis;

public sealed class SecretNamesTests
{
    [Fact]
    public void NameFor_SameValueTwice_OneName()
    {
        var names = new SecretNames();

        var first = names.NameFor(SecretLocation.Body, "password", "hunter2");
        var again = names.NameFor(SecretLocation.Body, "password", "hunter2");

        Assert.Equal("HEYGEN_SECRET_BODY_PASSWORD", first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void NameFor_DistinctValuesAtOnePlace_NumberedInTheOrderFound()
    {
        var names = new SecretNames();

        string[] found =
        [
            names.NameFor(SecretLocation.Body, "password", "first"),
            names.NameFor(SecretLocation.Body, "password", "second"),
            names.NameFor(SecretLocation.Body, "password", "first"),
            names.NameFor(SecretLocation.Body, "password", "third"),
            names.NameFor(SecretLocation.Header, "Authorization", "Basic abc"),
        ];

        Assert.Equal(
            [
                "HEYGEN_SECRET_BODY_PASSWORD", "HEYGEN_SECRET_BODY_PASSWORD_2", "HEYGEN_SECRET_BODY_PASSWORD",
                "HEYGEN_SECRET_BODY_PASSWORD_3", "HEYGEN_SECRET_AUTHORIZATION",
            ],
            found);
    }

    [Fact]
    public async Task Generate_UsersWithDifferentPasswords_EachSignsInWithItsOwnParameter()
    {
        using var folder = new TempFolder();
        var har = new HarFile().Page("ada").Page("grace");
        foreach (var (page, user, password) in new[] { ("ada", "ada", "ada-secret"), ("grace", "grace", "grace-secret") })
        {
            har.Entry(page, "POST", "http://shop.test/api/sign-in", 200, """{"token":"tok-4f9a8e2b-""" + user + "\"}",
                requestBody: $$"""{"user":"{{user}}","password":"{{password}}"}""");
            har.Entry(page, "GET", "http://shop.test/api/me", 200, $$"""{"user":"{{user}}"}""",
                headers: [("Authorization", "Bearer tok-4f9a8e2b-" + user)]);
        }

        // Grace goes on to her orders, so her visit is a flow of its own and is generated too.
        har.Entry("grace", "GET", "http://shop.test/api/orders", 200, """{"orders":[]}""",
            headers: [("Authorization", "Bearer tok-4f9a8e2b-grace")]);

        var file = har.WriteTo(folder.Path, "two-users.har");
        using var generated = await GeneratedFeatures.FromAsync([file]);

        var text = generated.AllText();
        Assert.Equal(
            ["HEYGEN_SECRET_BODY_PASSWORD", "HEYGEN_SECRET_BODY_PASSWORD_2"],
            generated.Result.Analysis.Secrets.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Contains("${env:HEYGEN_SECRET_BODY_PASSWORD}", text, StringComparison.Ordinal);
        Assert.Contains("${env:HEYGEN_SECRET_BODY_PASSWORD_2}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ada-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("grace-secret", text, StringComparison.Ordinal);
    }
}
