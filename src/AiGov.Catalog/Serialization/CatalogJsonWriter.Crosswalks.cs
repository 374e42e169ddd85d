namespace AiGov.Catalog.Serialization;

/// <summary>The crosswalk part of the JSON data file: the target frameworks with their terms, and the mapping sets.</summary>
internal static partial class CatalogJsonWriter
{
    private static CrosswalksDto? CrosswalksDto(GovernanceCatalog catalog) => catalog.Frameworks.IsEmpty && catalog.MappingSets.IsEmpty ? null : new CrosswalksDto
    {
        Frameworks = Map(catalog.Frameworks, f => new TargetFrameworkDto
        {
            Id = f.Id,
            Version = f.Version,
            Title = f.Title,
            Publisher = f.Publisher,
            Licence = f.Licence,
            Citation = f.Citation,
            Url = f.Url,
            Prefix = f.Prefix,
            BaseIri = f.BaseIri,
            IdPattern = f.IdPattern,
            Terms = Map(f.Terms, t => new FrameworkTermDto { Id = t.Id, Kind = t.Kind, Parent = t.ParentId, Title = t.Title, Statement = t.Statement }),
        }),
        MappingSets = Map(catalog.MappingSets, s => new MappingSetDto
        {
            Id = s.Id,
            Edition = s.Edition.ToString(),
            Framework = s.Framework.Id,
            FrameworkVersion = s.Framework.Version,
            Title = s.Title,
            Version = s.Version,
            Date = s.Date,
            Licence = s.Licence,
            Authors = Strings(s.Authors),
            Citation = s.Citation,
            Mappings = Map(s.Mappings, m => new CrosswalkMappingDto
            {
                Subject = m.SubjectId,
                Predicate = m.Predicate.ToCurie(),
                Negated = m.IsNegated,
                Object = m.ObjectId,
                Justification = m.Justification,
                Author = m.Author,
                Confidence = m.Confidence,
                Rationale = m.Rationale,
                Evidence = m.Evidence,
            }),
        }),
    };
}
