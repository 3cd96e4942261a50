namespace DongDa.Search.Analyzers;

/// <summary>The five Vietnamese tone marks, plus none, in the order Vietnamese dictionaries and legacy tables use.</summary>
public enum VietnameseTone
{
    /// <summary>No tone mark (thanh ngang).</summary>
    None,

    /// <summary>Grave accent (huyền): à.</summary>
    Grave,

    /// <summary>Acute accent (sắc): á.</summary>
    Acute,

    /// <summary>Hook above (hỏi): ả.</summary>
    Hook,

    /// <summary>Tilde (ngã): ã.</summary>
    Tilde,

    /// <summary>Dot below (nặng): ạ.</summary>
    DotBelow,
}
