using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Steps.Scenarios;

namespace HeyGen.Ci.Steps.Tests.Scenarios;

public sealed class FeatureDocumentTests
{
    private const string Text = """"
        @heygen-generated
        Feature: Checkout
          Background:
            Given the variable "currency" is "EUR"

          @flow:1 @session:abc
          Scenario: Pay
            When I send a POST request to "/pay"
            Then the response JSON matches:
              """application/json
              { "ok": true }
              """

          Rule: Refunds
            @ignore
            Scenario Outline: Refund <amount>
              When I send a POST request to "/refund/<amount>"
              And the request headers are:
                | name   | value |
                | X-Kind | <kind> |

              Examples:
                | amount | kind |
                | 5      | part |
                | 10     | full |
        """";

    [Fact]
    public void Parse_GivesEveryPickleAStableIdTagsAndSteps()
    {
        var feature = FeatureDocument.Parse(Text, "shop/checkout.feature");

        Assert.Equal(["shop/checkout.feature:7", "shop/checkout.feature:16:24", "shop/checkout.feature:16:25"],
            feature.Scenarios.Select(s => s.Id));
        var pay = feature.Scenarios[0];
        Assert.Equal(["@heygen-generated", "@flow:1", "@session:abc"], pay.Tags);
        Assert.Equal(["Given ", "When ", "Then "], pay.Steps.Select(s => s.Keyword));
        Assert.Equal("application/json", pay.Steps[2].DocStringMediaType);
        Assert.Equal("{ \"ok\": true }", pay.Steps[2].DocString);
        Assert.False(pay.IsIgnored);
        Assert.Equal("Checkout", feature.FeatureInfo.Title);
    }

    [Fact]
    public void Parse_OutlineRows_SubstituteValuesAndKeepTheirRule()
    {
        var feature = FeatureDocument.Parse(Text, "checkout.feature");

        var refund = feature.Scenarios[2];
        Assert.Equal("Refund 10", refund.Name);
        Assert.Equal(25, refund.ReportedLine);
        Assert.Equal(2, refund.PickleIndex);
        Assert.Equal("10", refund.Arguments["amount"]);
        Assert.Equal("Refunds", refund.Rule?.Title);
        Assert.True(refund.IsIgnored);
        Assert.Equal("send a POST request to \"/refund/10\"", refund.Steps[1].Text[2..]);
        Assert.Equal(StepKind.And, refund.Steps[2].Kind);
        Assert.Equal("full", refund.Steps[2].Table!.Rows[0]["value"]);
        Assert.Equal(3, feature.Pickles.Count());
    }

    [Fact]
    public void Parse_InvalidGherkin_ReportsHGCI7501WithFileAndLine()
    {
        var error = Assert.Throws<HeyGenException>(() =>
            FeatureDocument.Parse("Feature: Broken\n  Scenario: A\n    When x\n  Examples oops\n", "broken.feature"));

        Assert.Equal("HGCI7501", error.Diagnostic.Code);
        Assert.Equal("broken.feature", error.Diagnostic.File);
        Assert.Equal(4, error.Diagnostic.Line);
        Assert.StartsWith("broken.feature(4", error.Diagnostic.ToString());
    }
}
