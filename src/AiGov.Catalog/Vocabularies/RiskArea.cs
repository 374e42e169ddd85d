namespace AiGov.Catalog;

/// <summary>
/// One of the four cross-edition risk areas (models and algorithms, data, AI systems, AI applications): a stable axis
/// across editions. Static members such as <c>RiskArea.Data</c>; <see cref="All"/> lists them in order.
/// </summary>
public sealed partial class RiskArea : VocabularyTerm
{
    internal RiskArea(string key, string zh, string en, string summary)
        : base(key, zh, en, summary)
    {
    }
}
