namespace AiGov.Catalog;

/// <summary>A column of a <see cref="StageMatrix"/>: a risk category or a risk area. Immutable.</summary>
public sealed class StageMatrixColumn
{
    internal StageMatrixColumn(RiskCategory category)
    {
        Category = category;
        Key = category.Id;
        Label = category.Clause ?? category.Key;
        TitleZh = category.Title.Zh.Text;
        TitleEn = category.Title.En.Text;
        TitleEnIsTranslation = category.Title.En.IsTranslation;
    }

    internal StageMatrixColumn(RiskArea area)
    {
        Area = area;
        Key = area.Key;
        Label = area.TitleEn;
        TitleZh = area.TitleZh;
        TitleEn = area.TitleEn;
    }

    /// <summary>Gets the column's key: the category's ID (<c>1.0:3.1</c>) or the area's key (<c>data</c>).</summary>
    public string Key { get; }

    /// <summary>Gets the short label used as a column header: the category's clause (<c>3.1</c>) or the area's English name.</summary>
    public string Label { get; }

    /// <summary>Gets the Chinese title, or null when unknown.</summary>
    public string? TitleZh { get; }

    /// <summary>Gets the English title, or null when unknown.</summary>
    public string? TitleEn { get; }

    /// <summary>Gets whether <see cref="TitleEn"/> is the catalogue's own translation rather than an official title.</summary>
    public bool TitleEnIsTranslation { get; }

    /// <summary>Gets the risk category, for a column of a <see cref="StageMatrixAxis.Category"/> matrix; otherwise null.</summary>
    public RiskCategory? Category { get; }

    /// <summary>Gets the risk area, for a column of a <see cref="StageMatrixAxis.Area"/> matrix; otherwise null.</summary>
    public RiskArea? Area { get; }

    /// <summary>Whether a risk belongs to this column (its category, or its area).</summary>
    internal bool Contains(Risk risk) => Category is { } category ? risk.Category.Id == category.Id : risk.Area.Equals(Area);

    /// <summary>Returns the key.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key;
}
