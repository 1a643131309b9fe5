namespace HeyGen.Ci.Docker;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls back on the reporting thread, in order and before the call returns;
/// <see cref="Progress{T}"/> posts to the thread pool, which loses the order and can run after the build ended.
/// </summary>
/// <typeparam name="T">The reported value.</typeparam>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
