using System.Text;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.GitHub.Reporting;
using HeyGen.Ci.GitHub.Tests.Fakes;

namespace HeyGen.Ci.GitHub.Tests.Reporting;

public sealed class ReportRendererTests
{
    private static readonly ReportContext Context = new()
    {
        RunUrl = new Uri("https://github.example/o/r/actions/runs/77"),
        ArtifactsUrl = new Uri("https://github.example/o/r/actions/runs/77#artifacts"),
        HeadSha = "0123456789abcdef0123456789abcdef01234567",
    };

    [Fact]
    public void Render_FailingVerdict_CommentHasEverySection()
    {
        var report = ReportRenderer.Render(ReportFixtures.FailingVerdict(), [ReportFixtures.Candidate()], Context);
        var comment = report.Comment;

        Assert.StartsWith("<!-- heygen-ci:report=heygen-ci -->\n## ❌ HeyGen CI: fail — score 0.91", comment);
        Assert.Contains("| ❌ failed | 1 |", comment);
        Assert.Contains("<details>\n<summary>❌ failed: <code>Check out a cart</code>", comment);
        Assert.Contains("| Expected | `200` |", comment);
        Assert.Contains("| `$.total` | changed | `42.5` | `500` |", comment);
        Assert.Contains("**Score contributors** of `POST /cart/{cartId}/checkout`", comment);
        Assert.Contains("logs/candidate.stderr.log", comment);
        Assert.Contains("```mermaid\nxychart-beta", comment);
        Assert.Contains("| `GET /products/{productId}` | ⚠️ warn | 0.62 |", comment);
        Assert.Contains("`HEYGEN_SECRET_AUTHORIZATION`", comment);
        Assert.Contains("[Job summary](https://github.example/o/r/actions/runs/77)", comment);
        Assert.Contains("commit `0123456`", comment);
        Assert.Null(report.CommentCut);
    }

    [Fact]
    public void Render_Summary_HasJudgeTestsAndAllScenariosButNoMarker()
    {
        var report = ReportRenderer.Render(ReportFixtures.FailingVerdict(), [ReportFixtures.Candidate()], Context);

        Assert.DoesNotContain("<!--", report.Summary);
        Assert.Contains("#### Judge tests", report.Summary);
        Assert.Contains("### All scenarios", report.Summary);
        Assert.Contains("Browse the catalogue", report.Summary);
    }

    [Fact]
    public void Render_HostileRecordedText_CannotBreakMarkdownOrInjectHtml()
    {
        var name = "</code></summary></details><img src=x onerror=alert(1)> @octocat | `x` #1";
        var actual = "``` \n</details>\n<script>alert(1)</script> | cell";
        var report = ReportRenderer.Render(
            ReportFixtures.FailingVerdict(), [ReportFixtures.Candidate(name: name, actual: actual)], Context);
        var comment = OutsideFencedBlocks(report.Comment);

        // Inside a fenced block text is literal; the fence is longer than any backtick run in the value.
        Assert.Contains("````text\nExpected status 200 but was ``` \n</details>", report.Comment);
        Assert.DoesNotContain("<img", comment);
        Assert.DoesNotContain("<script>", comment);
        Assert.Equal(CountOf(comment, "<details>"), CountOf(comment, "</details>"));
        Assert.DoesNotContain("@octocat", comment);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", comment);

        // The expected/actual row stays one table row: the pipe is escaped inside its code span.
        Assert.Contains("| Actual | ````", report.Comment);
        Assert.Contains("\\| cell", report.Comment);
    }

    [Fact]
    public void Render_OversizedReport_CommentFitsWithMarkerFirstAndANote()
    {
        var report = ReportRenderer.Render(
            ReportFixtures.FailingVerdict(), [ReportFixtures.Candidate(extraFailures: 400)], Context);

        Assert.True(report.Comment.Length <= ReportContext.GitHubCommentLimit, $"{report.Comment.Length} chars");
        Assert.StartsWith(ReportMarker.For(ReportMarker.DefaultName) + "\n", report.Comment);
        Assert.Contains("of 402 scenario details", report.CommentCut);
        Assert.Contains("> [!NOTE]\n> Shortened to fit the limit of 65,536 characters", report.Comment);
        Assert.Contains("[job summary](https://github.example/o/r/actions/runs/77)", report.Comment);
        Assert.Equal(CountOf(report.Comment, "<details>"), CountOf(report.Comment, "</details>"));
    }

    [Fact]
    public void Render_SummaryLimit_CountsBytes()
    {
        var context = Context with { SummaryLimitBytes = 60_000 };
        var report = ReportRenderer.Render(
            ReportFixtures.FailingVerdict(),
            [ReportFixtures.Candidate(extraFailures: 100, name: "Ünïcødé ✓")],
            context);

        Assert.True(Encoding.UTF8.GetByteCount(report.Summary) <= 60_000);
        Assert.NotNull(report.SummaryCut);
        Assert.Contains("60,000 bytes", report.Summary);
    }

    [Fact]
    public void Render_TinyLimit_CutsWithoutSplittingASurrogatePair()
    {
        var verdict = ReportFixtures.FailingVerdict() with { Headline = string.Concat(Enumerable.Repeat("😀", 400)) };
        for (var limit = 700; limit < 760; limit++)
        {
            var report = ReportRenderer.Render(verdict, [], Context with { CommentLimit = limit });

            Assert.True(report.Comment.Length <= limit);
            Assert.StartsWith("<!-- heygen-ci:report=heygen-ci -->", report.Comment);
            Assert.All(Enumerable.Range(0, report.Comment.Length), i => Assert.False(
                char.IsHighSurrogate(report.Comment[i])
                && (i + 1 == report.Comment.Length || !char.IsLowSurrogate(report.Comment[i + 1]))));
        }
    }

    [Fact]
    public void Render_NamedReport_UsesItsMarker()
    {
        var report = ReportRenderer.Render(
            ReportFixtures.FailingVerdict(), [], Context with { ReportName = "api-tests" });

        Assert.StartsWith("<!-- heygen-ci:report=api-tests -->\n## ❌ HeyGen CI · api-tests: fail", report.Comment);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("x-->y")]
    public void ReportMarker_BadName_IsHGCI5005(string name)
    {
        var ex = Assert.Throws<HeyGenException>(() => ReportMarker.For(name));

        Assert.Equal("HGCI5005", ex.Diagnostic.Code);
    }

    private static string OutsideFencedBlocks(string markdown)
    {
        var kept = new List<string>();
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            var ticks = new string(line.TakeWhile(c => c == '`').ToArray());
            if (fence is null && ticks.Length >= 3)
            {
                fence = ticks;
            }
            else if (fence is not null && line.TrimEnd() == fence)
            {
                fence = null;
            }
            else if (fence is null)
            {
                kept.Add(WithoutCodeSpans(line));
            }
        }

        return string.Join('\n', kept);
    }

    // A code span runs from a backtick run to the next run of the same length; its text is literal.
    private static string WithoutCodeSpans(string line)
    {
        var builder = new System.Text.StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] != '`')
            {
                builder.Append(line[i++]);
                continue;
            }

            var run = 0;
            while (i + run < line.Length && line[i + run] == '`')
            {
                run++;
            }

            var close = FindRun(line, i + run, run);
            i = close < 0 ? i + run : close + run;
        }

        return builder.ToString();
    }

    private static int FindRun(string line, int from, int length)
    {
        for (var j = from; j < line.Length; j++)
        {
            if (line[j] != '`')
            {
                continue;
            }

            var run = 0;
            while (j + run < line.Length && line[j + run] == '`')
            {
                run++;
            }

            if (run == length)
            {
                return j;
            }

            j += run;
        }

        return -1;
    }

    private static int CountOf(string text, string part)
        => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
