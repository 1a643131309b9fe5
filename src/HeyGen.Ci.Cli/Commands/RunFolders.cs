using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Runs;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Opens the run folder a command was pointed at with <c>--run</c>.</summary>
internal static class RunFolders
{
    /// <summary>The folder, or a usage error (HGCI2002) when it does not exist.</summary>
    public static RunFolder Existing(string path)
    {
        if (!Directory.Exists(path))
        {
            var message = $"The run folder '{path}' does not exist; "
                + "give the folder heygen run wrote (.heygen/runs/<id>).";
            throw new HeyGenException(DiagnosticCodes.PathNotFound.Create(message, path), exitCode: ExitCodes.Usage);
        }

        return new RunFolder(path);
    }
}
