using System.Diagnostics;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Cli.Targets;

/// <summary>Counts a process's output lines by stream, counts error-looking ones and keeps the last few.</summary>
internal sealed class ProcessOutput
{
    private const int KeptLines = 40;
    private readonly Lock _gate = new();
    private readonly Queue<string> _last = new();
    private int _stdout;
    private int _stderr;
    private int _errors;

    /// <summary>Starts reading both streams of <paramref name="process"/>.</summary>
    public ProcessOutput(Process process)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => Add(e.Data, isError: true);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>What was seen so far.</summary>
    public LogSummary Summary()
    {
        lock (_gate)
        {
            return new LogSummary
            {
                StdoutLines = _stdout,
                StderrLines = _stderr,
                ErrorLines = _errors,
                LastLines = [.. _last],
            };
        }
    }

    private void Add(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (isError)
            {
                _stderr++;
            }
            else
            {
                _stdout++;
            }

            if (ErrorLines.Matches(line))
            {
                _errors++;
            }

            _last.Enqueue(line);
            if (_last.Count > KeptLines)
            {
                _last.Dequeue();
            }
        }
    }
}
