namespace HeyGen.Ci.Core.Ingest;

/// <summary>One item of HAR <c>postData.params</c>: a form field, or a file part of a multipart body.</summary>
/// <param name="Name">The field name.</param>
/// <param name="Value">The value; absent for a file part whose content the producer left out.</param>
/// <param name="FileName">The file name of a file part.</param>
/// <param name="ContentType">The content type of a file part.</param>
internal sealed record HarParam(string Name, string? Value, string? FileName, string? ContentType);
