using System.Formats.Tar;

namespace HeyGen.Ci.Docker.Building;

/// <summary>
/// Writes a build context as the tar stream the engine expects: the context folder less what
/// <c>.dockerignore</c> leaves out, plus the (labelled) Dockerfile under its own name.
/// </summary>
internal static class BuildContextArchive
{
    /// <summary>The name the labelled Dockerfile has inside the context.</summary>
    public const string DockerfileEntry = ".heygen-ci.Dockerfile";

    /// <summary>Writes the archive to a temporary file that is deleted when the returned stream is closed.</summary>
    /// <param name="contextFolder">The build context.</param>
    /// <param name="dockerfileText">The Dockerfile to build, already rewritten.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    public static async Task<Stream> CreateAsync(
        string contextFolder, string dockerfileText, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), "heygen-ci-context-" + Guid.NewGuid().ToString("N") + ".tar");
        var file = new FileStream(
            path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);

        try
        {
            await WriteAsync(file, contextFolder, dockerfileText, cancellationToken).ConfigureAwait(false);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task WriteAsync(
        Stream output, string contextFolder, string dockerfileText, CancellationToken cancellationToken)
    {
        var ignore = DockerIgnore.Load(contextFolder);
        var root = Path.GetFullPath(contextFolder);

        await using var tar = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var entry in Enumerate(root, ignore))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetRelativePath(root, entry).Replace('\\', '/');
            await tar.WriteEntryAsync(entry, name, cancellationToken).ConfigureAwait(false);
        }

        var dockerfile = new PaxTarEntry(TarEntryType.RegularFile, DockerfileEntry)
        {
            DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(dockerfileText)),
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        };
        await tar.WriteEntryAsync(dockerfile, cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<string> Enumerate(string root, DockerIgnore ignore)
    {
        var pending = new Stack<string>();
        pending.Push(root);

        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, path).Replace('\\', '/');

                // The engine reads .dockerignore itself too, so it always travels, like with the docker CLI.
                if (relative != ".dockerignore" && ignore.IsExcluded(relative))
                {
                    continue;
                }

                yield return path;

                var info = new DirectoryInfo(path);
                if (info.Exists && info.LinkTarget is null)
                {
                    pending.Push(path);
                }
            }
        }
    }
}
