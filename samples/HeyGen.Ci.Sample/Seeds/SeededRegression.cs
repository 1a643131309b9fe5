namespace HeyGen.Ci.Sample.Seeds;

/// <summary>
/// A deliberate change of behaviour the sample can be started with, so that a gate has something to catch.
/// Each value is described, with the route and field it changes, in samples/README.md.
/// </summary>
[Flags]
internal enum SeededRegression
{
    None = 0,
    RenamedField = 1,
    ChangedType = 2,
    ChangedStatus = 4,
    SlowRoute = 8,
    ErrorRoute = 16,
    MissingItem = 32,
    ReorderedList = 64,
    LargerResponse = 128,
    Regression = RenamedField | SlowRoute,
}
