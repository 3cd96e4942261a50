namespace DongDa.Search.Encodings.Legacy;

/// <summary>
/// The single-byte code tables, written out from the standards (TCVN 5712:1993, RFC 1456 for VISCII,
/// Microsoft's Windows-1252/1258 code pages) and cross-checked in the tests against glibc iconv.
/// Each string holds the characters for bytes 0x80..0xFF in order, sixteen to a line.
/// </summary>
internal static class ByteTables
{
    /// <summary>Windows-1252 0x80..0x9F; the five unassigned bytes map to the C1 control of the same value, as Windows does.</summary>
    public const string Windows1252C1 =
        "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F"
        + "\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    /// <summary>Windows-1258 0x80..0xFF: Windows-1252 with Vietnamese letters and the five combining tone marks in place of some Latin-1 letters.</summary>
    public const string Windows1258High =
        "€\u0081‚ƒ„…†‡ˆ‰\u008A‹Œ\u008D\u008E\u008F"
        + "\u0090‘’“”•–—˜™\u009A›œ\u009D\u009EŸ"
        + "\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯"
        + "°±²³´µ¶·¸¹º»¼½¾¿"
        + "ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏ"
        + "ĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ß"
        + "àáâăäåæçèéêë\u0301íîï"
        + "đñ\u0323óôơö÷øùúûüư₫ÿ";

    /// <summary>VISCII 0x80..0xFF (RFC 1456).</summary>
    public const string VisciiHigh =
        "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ"
        + "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ"
        + "Õắằặấầẩậẽẹếềểễệố"
        + "ồổỗỠƠộờởịỰỨỪỬơớƯ"
        + "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ"
        + "ĐứÒÓÔạỷừửÙÚỹỵÝỡư"
        + "àáâãảăữẫèéêẻìíĩỉ"
        + "đựòóôõỏọụùúũủýợỮ";

    /// <summary>The six capitals VISCII places in the C0 control range (RFC 1456), by byte.</summary>
    public static readonly IReadOnlyDictionary<byte, char> VisciiC0 = new Dictionary<byte, char>
    {
        [0x02] = 'Ẳ',
        [0x05] = 'Ẵ',
        [0x06] = 'Ẫ',
        [0x14] = 'Ỷ',
        [0x19] = 'Ỹ',
        [0x1E] = 'Ỵ',
    };

    /// <summary>
    /// TCVN3 (TCVN 5712:1993 VN3, the ABC fonts) 0xA0..0xFF: lower-case letters, the seven capitals that have
    /// their own code (Ă Â Ê Ô Ơ Ư Đ) and the combining tone marks at 0xB0..0xB4. The slots VN3 leaves free hold
    /// the VN1 capitals of the same standard, so VN1 text decodes too; 0x80..0x9F keep the Windows-1252
    /// punctuation the .VnTime fonts carry there (VN1 would put capitals there).
    /// </summary>
    public const string Tcvn3A0 =
        "\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ"
        + "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"
        + "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"
        + "éẹềểễếệìỉỄẾỒĩíịò"
        + "Ổỏõóọồổỗốộờởỡớợù"
        + "ỖủũúụừửữứựỳỷỹýỵỐ";
}
