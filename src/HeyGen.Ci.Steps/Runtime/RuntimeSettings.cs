using System.Reflection;
using HeyGen.Ci.Steps.Http;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>What the direct runner's runtime plugin registers for one run.</summary>
/// <param name="Target">The step target of the run.</param>
/// <param name="MessagesFile">Where Reqnroll's message formatter writes Cucumber ndjson.</param>
/// <param name="HtmlFile">Where Reqnroll's HTML formatter writes its report.</param>
/// <param name="BindingAssemblies">Assemblies with bindings beyond the step library.</param>
internal sealed record RuntimeSettings(
    StepTarget Target, string MessagesFile, string HtmlFile, IReadOnlyList<Assembly> BindingAssemblies);
