using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Ingest;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Core.Tests.Ingest;

public sealed class UnreadableFileTests
{
    [Fact]
    public async Task ReadSessionsAsync_FileThatOpensButCannotBeRead_IsHGCI0002AndTheRestStillLoads()
    {
        // Reading this process's memory from offset 0 fails with an I/O error, as a failing disk would.
        const string unreadable = "/proc/self/mem";
        Assert.True(File.Exists(unreadable), "the product runs on Linux, which has /proc");
        var diagnostics = new DiagnosticBag();

        var sessions = await RecordingReader.ReadSessionsAsync(
            [unreadable, RepositoryPaths.Case("B01-no-pages.har")], new IngestOptions(), diagnostics,
            CancellationToken.None);

        var error = Assert.Single(diagnostics.Items, d => d.File == unreadable);
        Assert.Equal(DiagnosticCodes.RecordingUnreadable, error.Descriptor);
        Assert.NotEmpty(sessions);
    }
}
