namespace HeyGen.Ci.Core.Analysis;

/// <summary>A value a response issued that a later request may reuse.</summary>
/// <param name="Variable">The variable name it is captured as.</param>
/// <param name="Value">The value as text.</param>
/// <param name="Origin">Where in the response.</param>
/// <param name="Location">The exact JSON path, header name or cookie name.</param>
/// <param name="Pattern">The JSON path with array items as <c>[*]</c>, or the header or cookie name.</param>
/// <param name="ExchangeIndex">The index of the issuing exchange among the session's steps.</param>
/// <param name="Endpoint">The issuing endpoint.</param>
internal sealed record IssuedValue(
    string Variable,
    string Value,
    ValueOrigin Origin,
    string Location,
    string Pattern,
    int ExchangeIndex,
    string Endpoint);
