using AiGov.Catalog.Tests.Catalog;

namespace AiGov.Catalog.Tests;

/// <summary>
/// The test assembly's own entry point (instead of the test SDK's empty one): <c>dotnet AiGov.Catalog.Tests.dll
/// search-probe</c> prints <see cref="SearchProbe.Report"/>, so that a test can run the search in a second process with
/// another globalization mode. The test host never calls it.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["search-probe"])
        {
            Console.Out.Write(SearchProbe.Report());
            return 0;
        }

        Console.Error.WriteLine("usage: AiGov.Catalog.Tests search-probe");
        return 2;
    }
}
