namespace HeyGen.Ci.Scoring.Models;

/// <summary>
/// Builds an ONNX <c>ModelProto</c> (IR 8, opset 18) node by node. Field numbers are those of
/// <c>onnx.proto</c>: ModelProto, GraphProto, NodeProto, TensorProto, ValueInfoProto.
/// </summary>
internal sealed class OnnxGraphBuilder
{
    private const int FloatType = 1;
    private const int Int64Type = 7;
    private const int IntAttribute = 2;

    private readonly List<ProtoWriter> _nodes = [];
    private readonly List<ProtoWriter> _initializers = [];
    private readonly List<ProtoWriter> _inputs = [];
    private readonly List<ProtoWriter> _outputs = [];

    public void Input(string name, string batchDimension, int width) => _inputs.Add(ValueInfo(name, batchDimension,
        width));

    public void Output(string name, string batchDimension) => _outputs.Add(ValueInfo(name, batchDimension, null));

    public void FloatTensor(string name, IReadOnlyList<long> dims, IReadOnlyList<float> values)
    {
        var tensor = new ProtoWriter().PackedInt64(1, dims).Int64(2, FloatType);
        tensor.PackedFloat(4, values).String(8, name);
        _initializers.Add(tensor);
    }

    public void Int64Tensor(string name, IReadOnlyList<long> values)
    {
        var tensor = new ProtoWriter().PackedInt64(1, [values.Count]).Int64(2, Int64Type);
        tensor.PackedInt64(7, values).String(8, name);
        _initializers.Add(tensor);
    }

    public void Node(string opType, string output, params string[] inputs) => Node(opType, output, null, inputs);

    public void Node(string opType, string output, (string Name, long Value)? attribute, params string[] inputs)
    {
        var node = new ProtoWriter();
        foreach (var input in inputs)
        {
            node.String(1, input);
        }

        node.String(2, output).String(3, output + "_node").String(4, opType);
        if (attribute is { } a)
        {
            node.Message(5, w => w.String(1, a.Name).Int64(3, a.Value).Int64(20, IntAttribute));
        }

        _nodes.Add(node);
    }

    /// <summary>The serialized model, with <paramref name="metadata"/> as its metadata properties.</summary>
    public byte[] Build(string graphName, string producerVersion, IReadOnlyDictionary<string, string> metadata)
    {
        var graph = new ProtoWriter();
        _nodes.ForEach(n => graph.Message(1, n));
        graph.String(2, graphName);
        _initializers.ForEach(t => graph.Message(5, t));
        _inputs.ForEach(i => graph.Message(11, i));
        _outputs.ForEach(o => graph.Message(12, o));

        var model = new ProtoWriter().Int64(1, 8).String(2, "heygen-ci").String(3, producerVersion);
        model.Message(7, graph).Message(8, w => w.String(1, string.Empty).Int64(2, 18));
        foreach (var (key, value) in metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            model.Message(14, w => w.String(1, key).String(2, value));
        }

        return model.ToArray();
    }

    private static ProtoWriter ValueInfo(string name, string batchDimension, int? width)
    {
        var shape = new ProtoWriter().Message(1, d => d.String(2, batchDimension));
        if (width is { } w)
        {
            shape.Message(1, d => d.Int64(1, w));
        }

        var tensorType = new ProtoWriter().Int64(1, FloatType).Message(2, shape);

        return new ProtoWriter().String(1, name).Message(2, w => w.Message(1, tensorType));
    }
}
