namespace HeyGen.Ci.Core.Analysis;

/// <summary>The learned route templates; matches a recorded path to its template and parameters.</summary>
internal sealed class RouteTable
{
    private readonly RouteNode _root;

    /// <summary>Wraps the collapsed tree a <see cref="RouteTemplateLearner"/> built.</summary>
    public RouteTable(RouteNode root) => _root = root;

    /// <summary>Matches a percent-encoded path without its query.</summary>
    public RouteMatch Match(string path)
    {
        var segments = RouteTemplateLearner.Segments(path);
        var template = new List<string>(segments.Length);
        var parameters = new List<RouteParameter>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        RouteNode? node = _root;

        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (node is not null && node.Literals.TryGetValue(segment, out var literal))
            {
                template.Add(segment);
                node = literal;
                continue;
            }

            // A segment never seen while learning is still an identifier if it looks like one.
            var isParameter = node?.Parameter is not null || SegmentClassifier.Classify(segment) != SegmentKind.Literal;
            if (!isParameter)
            {
                template.Add(segment);
                node = null;
                continue;
            }

            var name = ParameterNames.Unique(ParameterNames.IdFor(PreviousLiteral(template, i, parameters)), names);
            parameters.Add(new RouteParameter(name, segment, i));
            template.Add("{" + name + "}");
            node = node?.Parameter;
        }

        var text = Generation.UrlText.DecodeNonAscii("/" + string.Join('/', template));

        return new RouteMatch(text, segments, parameters);
    }

    private static string? PreviousLiteral(List<string> template, int index, List<RouteParameter> parameters)
    {
        if (index == 0 || parameters.Any(p => p.SegmentIndex == index - 1))
        {
            return null;
        }

        return template[index - 1];
    }
}
