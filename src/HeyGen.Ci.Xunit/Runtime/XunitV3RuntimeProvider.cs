using Reqnroll;
using Reqnroll.UnitTestProvider;
using Xunit;

namespace HeyGen.Ci.Xunit.Runtime;

/// <summary>
/// What Reqnroll asks of the test framework, answered with xUnit v3: a skip is a dynamic <c>Assert.Skip</c>;
/// a pending or undefined step fails the test, because in CI a scenario that did not run is not a pass.
/// </summary>
internal sealed class XunitV3RuntimeProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message) => Assert.Fail("Pending or undefined step: " + message);

    public void TestInconclusive(string message) => Assert.Skip("Inconclusive: " + message);

    public void TestIgnore(string message) => Assert.Skip(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) => exception switch
    {
        global::Xunit.Sdk.SkipException => ScenarioExecutionStatus.Skipped,
        _ => null,
    };
}
