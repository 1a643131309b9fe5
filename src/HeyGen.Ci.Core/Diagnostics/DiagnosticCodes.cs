using System.Reflection;

namespace HeyGen.Ci.Core.Diagnostics;

/// <summary>
/// Every diagnostic the product reports, in one place. Each area keeps its codes in its own partial file
/// (<c>DiagnosticCodes.Ingest.cs</c>, …) within the range <c>docs/contracts.md</c> gives it, and each code
/// has a page in <c>docs/diagnostics/</c> and a test that triggers it.
/// </summary>
public static partial class DiagnosticCodes
{
    // Lazy, because static field initializers of partial files run in an unspecified file order: a list
    // built eagerly here can run before another file's descriptors are assigned and hold nulls.
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllDescriptors = new(() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray());

    /// <summary>Every descriptor declared on this class, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;
}
