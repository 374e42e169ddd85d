namespace AiGov.Catalog.Assessments;

/// <summary>Which language(s) of a title to show.</summary>
public enum TitleLanguage
{
    /// <summary>Chinese and English, "zh / en".</summary>
    Both,

    /// <summary>Chinese only.</summary>
    Zh,

    /// <summary>English only.</summary>
    En,
}
