using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace Curata.Knowledge.PackageTests.Support;

/// <summary>
/// A project made with <c>dotnet new</c> in a scenario folder, and the CLI commands a person would run on it. Every command is
/// written to the test output; a command that must succeed and does not fails the test with its whole output.
/// </summary>
internal sealed class ConsumerProject
{
    private readonly ITestOutputHelper _log;

    private ConsumerProject(string directory, string name, ITestOutputHelper log)
    {
        Directory = directory;
        Name = name;
        _log = log;
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    /// <summary>The built assembly (Debug, net10.0: what <c>dotnet new</c> targets on the .NET 10 SDK).</summary>
    public string OutputAssembly => Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");

    /// <summary><c>dotnet new TEMPLATE -n NAME</c> in a folder of that name below <paramref name="scenarioFolder"/>.</summary>
    public static ConsumerProject Create(string scenarioFolder, string template, string name, ITestOutputHelper log)
    {
        var project = new ConsumerProject(Path.Combine(scenarioFolder, name), name, log);
        project.Succeed(scenarioFolder, "new", template, "-n", name, "-o", name, "--no-update-check");
        foreach (var generated in new[] { "Class1.cs", "Program.cs" }) File.Delete(Path.Combine(project.Directory, generated));
        return project;
    }

    /// <summary><c>dotnet add package Curata.Knowledge --version …</c>, from the feed of this test run.</summary>
    public void AddPackage(PackageFixture package) =>
        Succeed(Directory, "add", "package", PackageFixture.PackageId, "--version", package.Version);

    public void AddReference(ConsumerProject other) => Succeed(Directory, "add", "reference", other.ProjectFile);

    /// <summary>Copies the small knowledge base (vocabulary.json, facts.json) into knowledge/.</summary>
    public void AddSmallKnowledgeBase()
    {
        var source = Path.Combine(RepositoryRoot.ConsumerAssets, "knowledge");
        foreach (var file in System.IO.Directory.GetFiles(source, "*.json"))
        {
            Write(Path.Combine("knowledge", Path.GetFileName(file)), File.ReadAllText(file));
        }
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    /// <summary>Replaces <paramref name="oldText"/>, which must occur exactly once, in a file of the project.</summary>
    public void Edit(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(oldText, at + 1, StringComparison.Ordinal) < 0,
            $"'{oldText}' must occur exactly once in {relativePath}");
        Write(relativePath, text.Remove(at, oldText.Length).Insert(at, newText));
    }

    /// <summary>Sets MSBuild properties in the project file's first PropertyGroup.</summary>
    public void SetProperties(params (string Name, string Value)[] properties)
    {
        var text = File.ReadAllText(ProjectFile);
        var at = text.IndexOf("</PropertyGroup>", StringComparison.Ordinal);
        Assert.True(at >= 0, "the project file has a PropertyGroup");
        var lines = string.Concat(properties.Select(p => $"  <{p.Name}>{p.Value}</{p.Name}>\n  "));
        File.WriteAllText(ProjectFile, text.Insert(at, lines));
    }

    /// <summary><c>dotnet build</c>, succeeding or not: the caller asserts.</summary>
    public CommandResult Build(params string[] extraArguments) =>
        Log(DotNet.Run(Directory, new[] { "build", "-tl:off", "-nologo" }.Concat(extraArguments).ToArray()));

    public CommandResult BuildSucceeds(params string[] extraArguments)
    {
        var result = Build(extraArguments);
        Assert.True(result.Succeeded, "the build must succeed:\n" + result);
        Assert.DoesNotContain(result.Lines, line => line.Contains(": warning ", StringComparison.Ordinal));
        return result;
    }

    /// <summary>
    /// The generator assemblies (full paths) that a build of this project hands the compiler, as MSBuild resolves them
    /// (<c>dotnet msbuild -t:ResolveLockFileAnalyzers -getItem:Analyzer</c>, which also runs the package's targets after it).
    /// </summary>
    public IReadOnlyList<string> GeneratorAnalyzers(params string[] extraArguments)
    {
        var result = Succeed(Directory, new[] { "msbuild", "-nologo", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer" }.Concat(extraArguments).ToArray());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        return json.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .Where(path => Path.GetFileName(path) == "Curata.Knowledge.Generators.dll")
            .ToArray();
    }

    /// <summary>Runs the built program (<c>dotnet bin/Debug/net10.0/NAME.dll</c>) and returns its output lines.</summary>
    public IReadOnlyList<string> Run()
    {
        var result = Succeed(Directory, OutputAssembly);
        return result.Lines.Where(line => line.Length > 0).ToArray();
    }

    private CommandResult Succeed(string workingDirectory, params string[] arguments)
    {
        var result = Log(DotNet.Run(workingDirectory, arguments));
        Assert.True(result.Succeeded, "the command must succeed:\n" + result);
        return result;
    }

    private CommandResult Log(CommandResult result)
    {
        _log.WriteLine($"$ {result.Command}    ({result.Duration.TotalSeconds:0.0} s, exit code {result.ExitCode})");
        if (!result.Succeeded) _log.WriteLine(result.Output);
        return result;
    }
}
