using Reqnroll.Formatters.Configuration;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>
/// Turns on Reqnroll's message (Cucumber ndjson) and HTML formatters with this run's output files, in place of
/// <c>reqnroll.json</c> and <c>REQNROLL_FORMATTERS*</c>, so each run writes to its own reports folder.
/// </summary>
internal sealed class ReportFormatters : IFormattersConfigurationProvider
{
    private readonly Dictionary<string, IDictionary<string, object>> _formatters;

    public ReportFormatters(string messagesFile, string htmlFile)
    {
        _formatters = new Dictionary<string, IDictionary<string, object>>(StringComparer.OrdinalIgnoreCase)
        {
            ["message"] = new Dictionary<string, object> { ["outputFilePath"] = messagesFile },
            ["html"] = new Dictionary<string, object> { ["outputFilePath"] = htmlFile },
        };
    }

    public bool Enabled => true;

    public IDictionary<string, object>? GetFormatterConfigurationByName(string formatterName)
        => _formatters.GetValueOrDefault(formatterName);

    // Paths are absolute and final; no placeholders to resolve.
    public string ResolveTemplatePlaceholders(string template) => template;
}
