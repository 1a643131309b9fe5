using System.Text;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.GitHub.Actions;

/// <summary>
/// Writes workflow commands (<c>::error file=…,line=…::…</c>, <c>::add-mask::…</c>) escaped by the runner's
/// rules, so that no value can end a command early or start another. A step shows at most ten annotations of each
/// kind; the rest are kept in <see cref="Overflow"/> for the job summary.
/// </summary>
public sealed class WorkflowCommands : IDiagnosticSink
{
    /// <summary>The runner's limit of annotations per kind and step.</summary>
    public const int AnnotationsPerKind = 10;

    private readonly TextWriter _output;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _overflow = [];
    private readonly Lock _gate = new();

    /// <summary>Writes commands to <paramref name="output"/> (the step's standard output).</summary>
    public WorkflowCommands(TextWriter output)
    {
        _output = output;
    }

    /// <summary>Diagnostics beyond the per-kind limit, not annotated.</summary>
    public IReadOnlyList<Diagnostic> Overflow
    {
        get
        {
            lock (_gate)
            {
                return [.. _overflow];
            }
        }
    }

    /// <summary>Annotates the diagnostic: error, warning or notice, with its file and line when known.</summary>
    public void Report(Diagnostic diagnostic)
    {
        var kind = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };

        lock (_gate)
        {
            var count = _counts.GetValueOrDefault(kind) + 1;
            _counts[kind] = count;
            if (count > AnnotationsPerKind)
            {
                _overflow.Add(diagnostic);
                return;
            }

            _output.WriteLine(Annotation(kind, diagnostic));
        }
    }

    /// <summary>Asks the runner to mask <paramref name="secret"/> (each line apart) in all later output.</summary>
    public void Mask(string secret)
    {
        foreach (var line in secret.Split('\n'))
        {
            var value = line.TrimEnd('\r');
            if (value.Length > 0)
            {
                lock (_gate)
                {
                    _output.WriteLine("::add-mask::" + EscapeData(value));
                }
            }
        }
    }

    /// <summary>One notice (HGCI3003) saying how many diagnostics were not annotated; nothing when none.</summary>
    public void ReportOverflow()
    {
        var overflow = Overflow;
        if (overflow.Count == 0)
        {
            return;
        }

        var counts = string.Join(", ", overflow.GroupBy(d => d.Severity)
            .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}(s)"));
        lock (_gate)
        {
            _output.WriteLine(Annotation("notice", DiagnosticCodes.AnnotationsAggregated.Create(
                $"{counts} more were not annotated, since a step shows at most {AnnotationsPerKind} of each kind; " +
                "the job summary lists them all.")));
        }
    }

    /// <summary>The command line for one annotation.</summary>
    public static string Annotation(string kind, Diagnostic diagnostic)
    {
        var properties = new List<string>();
        if (diagnostic.File is { } file)
        {
            properties.Add("file=" + EscapeProperty(file));
        }

        if (diagnostic.Line is { } line)
        {
            properties.Add($"line={line}");
        }

        if (diagnostic.Column is { } column)
        {
            properties.Add($"col={column}");
        }

        properties.Add("title=" + EscapeProperty(diagnostic.Code + ": " + diagnostic.Descriptor.Title));

        return $"::{kind} {string.Join(',', properties)}::{EscapeData(diagnostic.Message)}";
    }

    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string value)
        => new StringBuilder(value)
            .Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A")
            .ToString();

    /// <summary>Escapes a command's property value: as data, and also <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value)
        => new StringBuilder(EscapeData(value))
            .Replace(":", "%3A").Replace(",", "%2C")
            .ToString();
}
