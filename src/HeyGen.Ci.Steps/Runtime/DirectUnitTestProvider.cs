using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>
/// The unit-test provider of the direct runner. There is no test framework to tell: pending, ignored and
/// inconclusive scenarios are read from the scenario context and reported by the runner.
/// </summary>
internal sealed class DirectUnitTestProvider : IUnitTestRuntimeProvider
{
    public void TestPending(string message)
    {
    }

    public void TestInconclusive(string message)
    {
    }

    public void TestIgnore(string message)
    {
    }

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) => null;
}
