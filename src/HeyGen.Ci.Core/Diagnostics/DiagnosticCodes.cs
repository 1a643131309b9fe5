using System.Reflection;

namespace HeyGen.Ci.Core.Diagnostics;

/// <summary>
/// Every diagnostic the product reports, in one place. Each area keeps its codes in its own partial file
/// (<c>DiagnosticCodes.Ingest.cs</c>, …) within the range <c>docs/contracts.md</c> gives it, and each code
/// has a page in <c>docs/diagnostics/</c> and a test that triggers it.
/// </summary>
public static partial class DiagnosticCodes
{
    // Built on first use: a static initializer here could run before the fields of the other partial files
    // are set (their order across files is not defined), and would then see nulls.
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> s_all = new(Collect);

    /// <summary>Every descriptor declared on this class, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => s_all.Value;

    private static DiagnosticDescriptor[] Collect() => typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray();
}
