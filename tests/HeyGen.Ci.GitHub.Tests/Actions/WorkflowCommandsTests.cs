using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.GitHub.Actions;

namespace HeyGen.Ci.GitHub.Tests.Actions;

public sealed class WorkflowCommandsTests
{
    [Fact]
    public void Annotation_EscapesDataAndProperties()
    {
        var diagnostic = DiagnosticCodes.GateFailureAnnotation.Create(
            "100% broken\n::error::injected", "features/a,b:c.feature", 12);

        var line = WorkflowCommands.Annotation("error", diagnostic);

        Assert.Equal(
            "::error file=features/a%2Cb%3Ac.feature,line=12,title=HGCI3006%3A Gate failure::100%25 broken%0A::error::injected",
            line);
    }

    [Fact]
    public void Report_MoreThanTenOfAKind_AggregatesTheRestAsHGCI3003()
    {
        using var output = new StringWriter();
        var commands = new WorkflowCommands(output);

        for (var i = 0; i < 13; i++)
        {
            commands.Report(DiagnosticCodes.GateWarningAnnotation.Create($"warning {i}"));
        }

        commands.Report(DiagnosticCodes.GateFailureAnnotation.Create("an error"));
        commands.ReportOverflow();
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(10, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.StartsWith("::error ", StringComparison.Ordinal));
        Assert.Equal(3, commands.Overflow.Count);
        var notice = Assert.Single(lines, l => l.StartsWith("::notice ", StringComparison.Ordinal));
        Assert.Contains("HGCI3003", notice);
        Assert.Contains("3 warning(s) more were not annotated", notice);
    }

    [Fact]
    public void Mask_MasksEveryLineApart()
    {
        using var output = new StringWriter();

        new WorkflowCommands(output).Mask("first%\r\nsecond");

        Assert.Equal("::add-mask::first%25\n::add-mask::second\n", output.ToString().Replace("\r\n", "\n"));
    }
}
