using HeyGen.Ci.Core.Analysis;

namespace HeyGen.Ci.Core.Tests.Analysis;

public sealed class SecretRulesTests
{
    [Theory]
    [InlineData(SecretLocation.Header, "Authorization", "HEYGEN_SECRET_AUTHORIZATION")]
    [InlineData(SecretLocation.Header, "Proxy-Authorization", "HEYGEN_SECRET_AUTHORIZATION")]
    [InlineData(SecretLocation.Header, "X-Api-Key", "HEYGEN_SECRET_X_API_KEY")]
    [InlineData(SecretLocation.Cookie, "sid", "HEYGEN_SECRET_COOKIE_SID")]
    [InlineData(SecretLocation.Query, "api_key", "HEYGEN_SECRET_QUERY_API_KEY")]
    [InlineData(SecretLocation.Body, "password", "HEYGEN_SECRET_BODY_PASSWORD")]
    public void ParameterName_FollowsTheContractTable(SecretLocation location, string key, string name)
        => Assert.Equal(name, SecretRules.ParameterName(location, key));

    [Theory]
    [InlineData("Authorization", true)]
    [InlineData("X-Api-Key", true)]
    [InlineData("X-Auth-Token", true)]
    [InlineData("Accept", false)]
    [InlineData("X-Client-Version", false)]
    public void IsSecretHeader(string name, bool secret) => Assert.Equal(secret, SecretRules.IsSecretHeader(name));

    [Theory]
    [InlineData("password", true)]
    [InlineData("newPassword", true)]
    [InlineData("client_secret", true)]
    [InlineData("user", false)]
    [InlineData("amount", false)]
    public void IsSecretField(string name, bool secret) => Assert.Equal(secret, SecretRules.IsSecretField(name));
}
