using HeyGen.Ci.Scoring.Models;

namespace HeyGen.Ci.Scoring.Tests.Fakes;

/// <summary>Small ONNX models for contract tests, built with the product's own graph writer.</summary>
internal static class TestModels
{
    /// <summary>A model that gives every row the same score, whatever its features.</summary>
    public static byte[] Constant(float value = 1f, int width = 16, string input = "X", string output = "score")
    {
        var graph = new OnnxGraphBuilder();
        graph.Input(input, "N", width);
        graph.Output(output, "N");
        graph.FloatTensor("zero", [], [0f]);
        graph.FloatTensor("value", [], [value]);
        graph.Int64Tensor("axis", [1]);
        graph.Node("ReduceSum", "sum", ("keepdims", 0), input, "axis");
        graph.Node("Mul", "nothing", "sum", "zero");
        graph.Node("Add", output, "nothing", "value");

        return graph.Build("constant", "1", new Dictionary<string, string>());
    }

    /// <summary>A model whose score is NaN for every row.</summary>
    public static byte[] NotANumber()
    {
        var graph = new OnnxGraphBuilder();
        graph.Input("X", "N", 16);
        graph.Output("score", "N");
        graph.FloatTensor("zero", [], [0f]);
        graph.FloatTensor("minus_one", [], [-1f]);
        graph.Int64Tensor("axis", [1]);
        graph.Node("ReduceSum", "sum", ("keepdims", 0), "X", "axis");
        graph.Node("Mul", "nothing", "sum", "zero");
        graph.Node("Add", "negative", "nothing", "minus_one");
        graph.Node("Sqrt", "score", "negative");

        return graph.Build("nan", "1", new Dictionary<string, string>());
    }
}
