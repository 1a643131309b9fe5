using System.Text;
using HeyGen.Ci.Steps.Scenarios;

namespace HeyGen.Ci.Steps.Http;

/// <summary>
/// Expands <c>${NAME}</c> (a scenario variable) and <c>${env:NAME}</c> (an environment parameter) in step values.
/// Every expansion also yields a display form in which environment parameters stay <c>${env:NAME}</c>, so what
/// results show never holds a secret.
/// </summary>
internal static class References
{
    private const string EnvPrefix = "env:";

    /// <summary>The value with every reference expanded, and its display form.</summary>
    public static (string Value, string Display) Expand(
        string text, Func<string, string?> variable, Func<string, string?> environment)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return (text, text);
        }

        var value = new StringBuilder(text.Length);
        var display = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("$${"))
            {
                value.Append("${");
                display.Append("$${");
                i += 3;
                continue;
            }

            var end = text.AsSpan(i).StartsWith("${") ? text.IndexOf('}', i + 2) : -1;
            if (end < 0)
            {
                value.Append(text[i]);
                display.Append(text[i]);
                i++;
                continue;
            }

            var name = text[(i + 2)..end];
            var (expanded, shown) = Lookup(name, variable, environment);
            value.Append(expanded);
            display.Append(shown);
            i = end + 1;
        }

        return (value.ToString(), display.ToString());
    }

    /// <summary>The route template of a request path: <c>${id}</c> as <c>{id}</c>, the query left out.</summary>
    public static string RouteTemplate(string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var route = (query < 0 ? path : path[..query]).Replace("$${", "\u0001", StringComparison.Ordinal);
        route = route.Replace("${", "{", StringComparison.Ordinal).Replace("\u0001", "${", StringComparison.Ordinal);

        return route.StartsWith('/') ? route : "/" + route;
    }

    /// <summary>Undoes the quoting of a quoted step value: <c>\"</c> is a quote and <c>\\</c> a backslash.</summary>
    public static string Unquote(string quoted)
    {
        if (!quoted.Contains('\\', StringComparison.Ordinal))
        {
            return quoted;
        }

        var result = new StringBuilder(quoted.Length);
        for (var i = 0; i < quoted.Length; i++)
        {
            var escapes = quoted[i] == '\\' && i + 1 < quoted.Length && quoted[i + 1] is '"' or '\\';
            result.Append(escapes ? quoted[++i] : quoted[i]);
        }

        return result.ToString();
    }

    private static (string Value, string Display) Lookup(
        string name, Func<string, string?> variable, Func<string, string?> environment)
    {
        if (name.StartsWith(EnvPrefix, StringComparison.Ordinal))
        {
            var envName = name[EnvPrefix.Length..];
            var envValue = environment(envName) ?? throw new StepOutcomeException(
                $"the environment variable {envName} is not set; set it (or pass --env {envName}=…) before the run",
                "${env:" + envName + "}",
                "unset");

            return (envValue, "${env:" + envName + "}");
        }

        var value = variable(name) ?? throw new StepOutcomeException(
            $"the variable \"{name}\" is not set; set it with a 'the variable \"{name}\" is …' step or capture it "
            + "from an earlier response",
            "${" + name + "}",
            "unset");

        return (value, value);
    }
}
