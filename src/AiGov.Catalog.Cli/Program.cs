using System;
using System.Text;

namespace AiGov.Catalog.Cli;

/// <summary>The entry point of the <c>aigov</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return AigovCli.Run(args, Console.Out, Console.Error);
    }
}
