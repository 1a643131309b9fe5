using System.Collections.Concurrent;
using Reqnroll.Infrastructure;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>Accepts attachments hooks add, so bindings that ask for Reqnroll's output helper work.</summary>
internal sealed class AttachmentCollector : IReqnrollAttachmentHandler
{
    private readonly ConcurrentQueue<string> _files = new();

    /// <summary>The attached files, in the order added.</summary>
    public IReadOnlyCollection<string> Files => _files;

    public void AddAttachment(string filePath) => _files.Enqueue(filePath);
}
