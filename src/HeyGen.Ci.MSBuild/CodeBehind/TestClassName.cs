using System.Text;

namespace HeyGen.Ci.MSBuild.CodeBehind;

/// <summary>The namespace and class name of a feature's test class, made from its file path.</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="Class">The class name.</param>
internal sealed record TestClassName(string Namespace, string Class)
{
    /// <summary>
    /// Names the class after the feature file (<c>checkout-flow.feature</c> → <c>CheckoutFlowFeature</c>) in
    /// <c>RootNamespace.HeyGenCi</c>, plus one namespace part per sub-folder of the features folder.
    /// </summary>
    public static TestClassName For(string rootNamespace, string featureFile)
    {
        var parts = featureFile.Split('/');
        var ns = new StringBuilder(Identifier(rootNamespace, dotted: true)).Append(".HeyGenCi");
        foreach (var folder in parts[..^1])
        {
            ns.Append('.').Append(Identifier(folder, dotted: false));
        }

        var file = Path.GetFileNameWithoutExtension(parts[^1]);

        return new TestClassName(ns.ToString(), Identifier(file, dotted: false) + "Feature");
    }

    private static string Identifier(string text, bool dotted)
    {
        var name = new StringBuilder();
        var upper = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '_' || (dotted && c == '.'))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = dotted && c == '.';
            }
            else
            {
                upper = true;
            }
        }

        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            name.Insert(0, '_');
        }

        return name.ToString();
    }
}
