namespace HeyGen.Ci.Tests;

/// <summary>Where the repository, its samples and the shared test corpus are, from any test's output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding <c>HeyGen.Ci.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder beside the repository (<c>../shared</c>).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Real HAR files from public projects.</summary>
    public static string CorpusHar => Path.Combine(Shared, "corpus", "har");

    /// <summary>Small inputs for known fault classes.</summary>
    public static string CorpusCases => Path.Combine(Shared, "corpus", "cases");

    /// <summary>One file of <see cref="CorpusCases"/>.</summary>
    public static string Case(string fileName) => Path.Combine(CorpusCases, fileName);

    /// <summary>The samples folder.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HeyGen.Ci.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HeyGen.Ci.sln not found above " + AppContext.BaseDirectory);
    }
}
