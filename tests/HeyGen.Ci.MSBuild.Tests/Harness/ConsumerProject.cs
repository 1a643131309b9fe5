using System.Globalization;

namespace HeyGen.Ci.MSBuild.Tests.Harness;

/// <summary>
/// A test project in a temporary folder that uses the package the way a team would: a PackageReference,
/// xUnit v3 for plain <c>dotnet test</c>, and recordings under <c>Sessions/</c>.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string folder, PackageFeed feed)
    {
        Folder = folder;
        Feed = feed;
    }

    public string Folder { get; }

    public PackageFeed Feed { get; }

    public string ProjectFile => Path.Combine(Folder, "Shop.Tests.csproj");

    public string FeaturesFolder => Path.Combine(Folder, "Features", "Generated");

    public string CodeBehindFolder => Path.Combine(Folder, "obj", "Debug", "net10.0", "HeyGenCi", "CodeBehind");

    public string RunFolder => Path.Combine(Folder, ".heygen", "runs", "dotnet-test");

    public static ConsumerProject Create(PackageFeed feed, string name, bool withPackage = true, string items = "")
    {
        var stamp = DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);
        var folder = Path.Combine(PackageFeed.TestsRoot, $"{name}-{stamp}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var consumer = new ConsumerProject(folder, feed);
        consumer.WriteProject(withPackage, items);

        return consumer;
    }

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));

        return path;
    }

    public Task<DotnetResult> BuildAsync(string extra = "")
        => Dotnet.RunAsync(Folder, $"build -nologo -tl:off -v:n {extra}");

    public Task<DotnetResult> TestAsync(string extra = "")
        => Dotnet.RunAsync(Folder, $"test -nologo -tl:off {extra}");

    private void WriteProject(bool withPackage, string items)
    {
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="heygen-local" value="{Feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        var package = withPackage
            ? $"""<PackageReference Include="HeyGen.Ci.MSBuild" Version="{Feed.Version}" />"""
            : string.Empty;
        Write("Shop.Tests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsPackable>false</IsPackable>
                <RootNamespace>Shop.Tests</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                {package}
                <PackageReference Include="xunit.v3.mtp-off" Version="4.0.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                {items}
              </ItemGroup>
            </Project>
            """);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A build node may still hold a file for a moment; the temp folder is swept by the OS.
        }
    }
}
