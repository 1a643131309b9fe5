using System.Text;

namespace HeyGen.Ci.Core.Generation;

/// <summary>Writes a feature as Gherkin text: two-space indents, LF line ends, a final newline.</summary>
internal static class FeatureWriter
{
    /// <summary>The tag every generated feature carries.</summary>
    public const string GeneratedTag = "heygen-generated";

    /// <summary>The feature's text.</summary>
    public static string Write(FeatureDocument feature)
    {
        var text = new StringBuilder();
        text.Append('@').Append(GeneratedTag).Append('\n');
        text.Append("Feature: ").Append(feature.Area).Append('\n');
        foreach (var line in feature.Description)
        {
            text.Append("  ").Append(line).Append('\n');
        }

        foreach (var scenario in feature.Scenarios)
        {
            text.Append('\n');
            WriteScenario(text, scenario);
        }

        return text.ToString();
    }

    private static void WriteScenario(StringBuilder text, FeatureScenario scenario)
    {
        text.Append("  ").AppendJoin(' ', scenario.Tags.Select(t => "@" + t)).Append('\n');
        var keyword = scenario.Columns.Count > 0 ? "Scenario Outline: " : "Scenario: ";
        text.Append("  ").Append(keyword).Append(scenario.Name).Append('\n');

        StepKind? previous = null;
        foreach (var step in scenario.Steps)
        {
            text.Append("    ").Append(Keyword(step.Kind, previous)).Append(step.Text).Append('\n');
            WriteArgument(text, step);
            previous = step.Kind;
        }

        if (scenario.Columns.Count > 0)
        {
            text.Append('\n').Append("    Examples:\n");
            WriteRow(text, "      ", scenario.Columns);
            foreach (var row in scenario.Rows)
            {
                WriteRow(text, "      ", row);
            }
        }
    }

    private static string Keyword(StepKind kind, StepKind? previous)
    {
        if (kind == previous)
        {
            return "And ";
        }

        return kind switch
        {
            StepKind.Setup => "Given ",
            StepKind.Action => "When ",
            _ => "Then ",
        };
    }

    private static void WriteArgument(StringBuilder text, FeatureStep step)
    {
        if (step.Table is { } table)
        {
            foreach (var row in table)
            {
                WriteRow(text, "      ", row);
            }
        }

        if (step.DocString is { } doc)
        {
            var separator = GherkinEscaping.DocStringSeparator(doc.Content) ?? "\"\"\"";
            text.Append("      ").Append(separator).Append(doc.MediaType).Append('\n');
            foreach (var line in doc.Content.Split('\n'))
            {
                text.Append(line.Length == 0 ? string.Empty : "      ").Append(line).Append('\n');
            }

            text.Append("      ").Append(separator).Append('\n');
        }
    }

    private static void WriteRow(StringBuilder text, string indent, IReadOnlyList<string> cells)
    {
        text.Append(indent).Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(GherkinEscaping.Cell(cell)).Append(" |");
        }

        text.Append('\n');
    }
}
