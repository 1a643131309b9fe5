using System.Reflection;
using HeyGen.Ci.Steps.Http;
using Reqnroll.Plugins;

namespace HeyGen.Ci.Steps.Tests.Runtime;

public sealed class PluginPlacementTests
{
    [Fact]
    public void StepLibrary_DeclaresNoRuntimePlugin_SoATestProjectUsingItAsBindingsKeepsItsOwnProvider()
        => Assert.Empty(typeof(StepTarget).Assembly.GetCustomAttributes<RuntimePluginAttribute>());

    [Fact]
    public void StepLibrary_BindsEveryStepWithAnAnchoredRegularExpression()
    {
        var patterns = typeof(StepTarget).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<Reqnroll.StepDefinitionBaseAttribute>())
            .Select(a => a.Expression)
            .ToArray();

        Assert.Equal(15, patterns.Length);
        Assert.All(patterns, p => Assert.Matches(@"^\^.*\$$", p));
    }
}
