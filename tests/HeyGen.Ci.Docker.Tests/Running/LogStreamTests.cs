using System.Text;
using HeyGen.Ci.Docker.Running;

namespace HeyGen.Ci.Docker.Tests.Running;

public sealed class LogStreamTests
{
    [Fact]
    public void Write_ChunksSplitInsideCharactersAndLines_LinesWholeAndFileByteForByte()
    {
        var path = Path.Combine(Path.GetTempPath(), $"heygen-logstream-{Guid.NewGuid():N}", "x.log");
        var lines = new List<string>();
        var bytes = Encoding.UTF8.GetBytes("grüße\r\nzweite Zeile\nohne Ende");

        using (var stream = new LogStream(path, lines.Add))
        {
            // Split inside the two-byte 'ü' and between '\r' and '\n'.
            stream.Write(bytes.AsSpan(0, 3));
            stream.Write(bytes.AsSpan(3, 5));
            stream.Write(bytes.AsSpan(8));
            Assert.Equal(2, stream.Lines);
        }

        Assert.Equal(["grüße", "zweite Zeile", "ohne Ende"], lines);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }
}
