using System.Globalization;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using HeyGen.Ci.Core.Diagnostics;
using Io.Cucumber.Messages.Types;
using Reqnroll;
using Reqnroll.Formatters.RuntimeSupport;

namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>
/// One parsed feature file: the single <see cref="Reqnroll.FeatureInfo"/> the runtime compares by reference, its
/// Cucumber messages (so Reqnroll's formatters report it), and its pickles as <see cref="ScenarioCase"/>s. The
/// direct runner and generated test code both load features through this type, so they agree on ids and steps.
/// </summary>
public sealed partial class FeatureDocument : IFeatureLevelCucumberMessages
{
    private readonly List<Pickle> _pickles;

    private FeatureDocument(string relativePath, Source source, GherkinDocument document, List<Pickle> pickles)
    {
        RelativePath = relativePath;
        Source = source;
        GherkinDocument = document;
        _pickles = pickles;

        var feature = document.Feature;
        Name = feature?.Name ?? Path.GetFileNameWithoutExtension(relativePath);
        var culture = CultureInfo.GetCultureInfo(feature?.Language ?? "en");
        var folder = Path.GetDirectoryName(relativePath)?.Replace('\\', '/') ?? string.Empty;
        var tags = feature?.Tags.Select(t => t.Name.TrimStart('@')).ToArray() ?? [];

        FeatureInfo = new FeatureInfo(
            culture,
            folder,
            Name,
            feature?.Description?.Trim() ?? string.Empty,
            ProgrammingLanguage.CSharp,
            tags,
            this);
        Scenarios = new ScenarioCaseBuilder(this, document, pickles).Build();
    }

    /// <summary>The feature file relative to the features folder, with forward slashes.</summary>
    public string RelativePath { get; }

    /// <summary>The feature's name.</summary>
    public string Name { get; }

    /// <summary>The one instance of the feature's info for the whole run (Reqnroll compares it by reference).</summary>
    public FeatureInfo FeatureInfo { get; }

    /// <summary>Every pickle of the feature, in file order.</summary>
    public IReadOnlyList<ScenarioCase> Scenarios { get; }

    /// <inheritdoc />
    public bool HasMessages => true;

    /// <inheritdoc />
    public GherkinDocument GherkinDocument { get; }

    /// <inheritdoc />
    public IEnumerable<Pickle> Pickles => _pickles;

    /// <inheritdoc />
    public Source Source { get; }

    /// <summary>
    /// Reads and parses the feature file at <paramref name="path"/>. A syntax error is a
    /// <see cref="HeyGenException"/> with <see cref="DiagnosticCodes.FeatureSyntaxError"/> naming the file and line.
    /// </summary>
    /// <param name="path">The feature file.</param>
    /// <param name="relativePath">Its path relative to the features folder; it becomes part of scenario ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<FeatureDocument> LoadAsync(
        string path, string relativePath, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);

        return Parse(text, relativePath, path);
    }

    /// <summary>
    /// Parses feature text. A syntax error is a <see cref="HeyGenException"/> with
    /// <see cref="DiagnosticCodes.FeatureSyntaxError"/>.
    /// </summary>
    /// <param name="text">The Gherkin text.</param>
    /// <param name="relativePath">The file's path relative to the features folder, with forward slashes.</param>
    /// <param name="displayPath">The path to name in errors; <paramref name="relativePath"/> when null.</param>
    public static FeatureDocument Parse(string text, string relativePath, string? displayPath = null)
    {
        relativePath = relativePath.Replace('\\', '/');
        GherkinDocument document;
        try
        {
            var ast = new Parser().Parse(new StringReader(text));
            document = new AstMessagesConverter(IdGenerator).ConvertGherkinDocumentToEventArgs(ast, relativePath);
        }
        catch (CompositeParserException ex)
        {
            throw SyntaxError(displayPath ?? relativePath, ex.Errors.FirstOrDefault() ?? (ParserException)ex, ex);
        }
        catch (ParserException ex)
        {
            throw SyntaxError(displayPath ?? relativePath, ex, ex);
        }

        var pickles = new PickleCompiler(IdGenerator).Compile(document);
        var source = new Source(relativePath, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN);

        return new FeatureDocument(relativePath, source, document, pickles);
    }

    // Pickle and AST ids go into one message stream for all features, so they must be unique across documents.
    private static GuidIdGenerator IdGenerator { get; } = new();

    private static HeyGenException SyntaxError(string path, ParserException error, System.Exception inner)
    {
        var line = error.Location?.Line;
        var column = error.Location?.Column;
        var message = $"'{path}' is not valid Gherkin: {error.Message}. Fix the feature file, or generate it again.";

        var diagnostic = DiagnosticCodes.FeatureSyntaxError.Create(message, path, line, column: column);

        return new HeyGenException(diagnostic, inner);
    }
}
