using System.Text.Json;
using HeyGen.Ci.Core.Analysis;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Generation;

/// <summary>One recorded call ready to be written: the rewritten request and the parsed response.</summary>
/// <param name="Exchange">The recorded exchange.</param>
/// <param name="Request">The request as the feature sends it.</param>
/// <param name="Json">The response body when it is JSON.</param>
/// <param name="Leaves">The response body's scalars by exact path.</param>
internal sealed record PreparedStep(
    Exchange Exchange, RewrittenRequest Request, JsonElement? Json, IReadOnlyDictionary<string, JsonLeaf> Leaves);
