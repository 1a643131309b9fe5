using System.Reflection;

namespace HeyGen.Ci.Core.Diagnostics;

/// <summary>
/// Every diagnostic the product reports, in one place. Each area keeps its codes in its own partial file
/// (<c>DiagnosticCodes.Ingest.cs</c>, …) within the range <c>docs/contracts.md</c> gives it, and each code
/// has a page in <c>docs/diagnostics/</c> and a test that triggers it.
/// </summary>
public static partial class DiagnosticCodes
{
    // Lazy because static initialisers of partial files run in an unspecified order: a list built eagerly here
    // could be built before the other files' fields are set.
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllDescriptors = new(() => typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray());

    /// <summary>Every descriptor declared on this class, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;
}
