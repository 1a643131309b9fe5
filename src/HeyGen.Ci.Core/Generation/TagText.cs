using System.Text;

namespace HeyGen.Ci.Core.Generation;

/// <summary>Tag values that Gherkin reads back whole: no white space, no <c>@</c>, no comment mark.</summary>
internal static class TagText
{
    /// <summary>Percent-encodes white space, <c>@</c>, <c>#</c> and <c>%</c> itself.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || rune.Value is '@' or '#' or '%')
            {
                var count = rune.EncodeToUtf8(bytes);
                foreach (var b in bytes[..count])
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                continue;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
