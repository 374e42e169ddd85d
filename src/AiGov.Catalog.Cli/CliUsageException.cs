using System;

namespace AiGov.Catalog.Cli;

/// <summary>A usage error with a message for the user (exit code 2, never a stack trace).</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }
}
