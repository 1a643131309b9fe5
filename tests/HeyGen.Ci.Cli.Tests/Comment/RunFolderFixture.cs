using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.GitHub.Tests.Fakes;

namespace HeyGen.Ci.Cli.Tests.Comment;

/// <summary>A temporary folder with a run folder holding a verdict and a candidate result.</summary>
internal sealed class RunFolderFixture : IDisposable
{
    private RunFolderFixture(string root)
    {
        Root = root;
        Run = new RunFolder(Path.Combine(root, "run"));
    }

    public string Root { get; }

    public RunFolder Run { get; }

    public static async Task<RunFolderFixture> CreateAsync(bool withVerdict = true)
    {
        var fixture = new RunFolderFixture(Directory.CreateTempSubdirectory("heygen-comment-").FullName);
        Directory.CreateDirectory(fixture.Run.Root);
        if (withVerdict)
        {
            await HeyGenJson.WriteAsync(fixture.Run.VerdictFile, ReportFixtures.FailingVerdict(), default);
            await HeyGenJson.WriteAsync(fixture.Run.ResultFile("candidate"), ReportFixtures.Candidate(), default);
        }

        return fixture;
    }

    public string File(string name) => Path.Combine(Root, name);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
