namespace HeyGen.Ci.MSBuild.Tasks;

/// <summary>Finds the local .NET tool manifest that <c>dotnet tool run</c> would use.</summary>
internal static class ToolManifest
{
    /// <summary>
    /// The nearest <c>.config/dotnet-tools.json</c> (or <c>dotnet-tools.json</c>) at or above
    /// <paramref name="folder"/> that mentions <paramref name="command"/>; null when there is none.
    /// </summary>
    public static string? FindDeclaring(string folder, string command)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, ".config", "dotnet-tools.json"),
                         Path.Combine(dir.FullName, "dotnet-tools.json") })
            {
                if (File.Exists(candidate)
                    && File.ReadAllText(candidate).Contains($"\"{command}\"", StringComparison.Ordinal))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
