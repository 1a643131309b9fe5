using System.Buffers.Binary;
using System.Text;

namespace HeyGen.Ci.Scoring.Models;

/// <summary>
/// The few protobuf wire forms an ONNX model needs (varints, length-delimited fields, packed floats and
/// int64s), so the default model is written without a protobuf dependency.
/// </summary>
internal sealed class ProtoWriter
{
    private const int VarintWire = 0;
    private const int LengthWire = 2;

    private readonly MemoryStream _buffer = new();

    /// <summary>The bytes written so far.</summary>
    public byte[] ToArray() => _buffer.ToArray();

    public ProtoWriter Int64(int field, long value)
    {
        Tag(field, VarintWire);
        Varint((ulong)value);

        return this;
    }

    public ProtoWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtoWriter Message(int field, ProtoWriter message) => Bytes(field, message.ToArray());

    public ProtoWriter Message(int field, Action<ProtoWriter> write)
    {
        var message = new ProtoWriter();
        write(message);

        return Message(field, message);
    }

    public ProtoWriter PackedInt64(int field, IEnumerable<long> values)
    {
        var packed = new ProtoWriter();
        foreach (var value in values)
        {
            packed.Varint((ulong)value);
        }

        return Message(field, packed);
    }

    public ProtoWriter PackedFloat(int field, IReadOnlyList<float> values)
    {
        var bytes = new byte[values.Count * sizeof(float)];
        for (var i = 0; i < values.Count; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        return Bytes(field, bytes);
    }

    private ProtoWriter Bytes(int field, byte[] bytes)
    {
        Tag(field, LengthWire);
        Varint((ulong)bytes.Length);
        _buffer.Write(bytes);

        return this;
    }

    private void Tag(int field, int wireType) => Varint(((ulong)field << 3) | (uint)wireType);

    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        _buffer.WriteByte((byte)value);
    }
}
