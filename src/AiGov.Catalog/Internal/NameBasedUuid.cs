using System;
using System.Security.Cryptography;
using System.Text;

namespace AiGov.Catalog.Internal;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace UUID and a name), so that the same name always gives the
/// same UUID and exports that need UUIDs (OSCAL) stay byte-identical between runs. Not for security.
/// </summary>
internal static class NameBasedUuid
{
    /// <summary>The namespace of every UUID that AiGov.Catalog derives (a fixed random UUID; never change it).</summary>
    public static readonly byte[] AiGovNamespace = Parse("df22fdba-e5f4-405d-820d-c01fc514f0ce");

    public static string Create(byte[] namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceId.Length + nameBytes.Length];
        Buffer.BlockCopy(namespaceId, 0, input, 0, namespaceId.Length);
        Buffer.BlockCopy(nameBytes, 0, input, namespaceId.Length, nameBytes.Length);
        byte[] hash;
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 version 5 specifies; this is an identifier, not a security use.
        using (var sha1 = SHA1.Create())
        {
            hash = sha1.ComputeHash(input);
        }
#pragma warning restore CA5350

        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var text = new StringBuilder(36);
        for (var i = 0; i < 16; i++)
        {
            if (i is 4 or 6 or 8 or 10)
            {
                text.Append('-');
            }

            text.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static byte[] Parse(string uuid)
    {
        var hex = uuid.Replace("-", string.Empty);
        var bytes = new byte[16];
        for (var i = 0; i < 16; i++)
        {
            bytes[i] = Convert.ToByte(hex.Substring(i * 2, 2), 16);
        }

        return bytes;
    }
}
