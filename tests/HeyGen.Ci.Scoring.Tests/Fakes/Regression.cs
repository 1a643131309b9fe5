namespace HeyGen.Ci.Scoring.Tests.Fakes;

/// <summary>A change seeded into a synthetic candidate run.</summary>
public enum Regression
{
    None,
    RenamedField,
    ChangedType,
    ChangedStatus,
    SlowRoute,
    ServerError,
    MissingItem,
    ReorderedList,
    LargerResponse,
}
