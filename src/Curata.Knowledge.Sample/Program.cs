using System;
using System.Linq;
using Seed;

Console.WriteLine($"{Actors.All.Count} actors, {Statements.All.Count} statements, {Events.All.Count} events, {Relations.All.Count} relations");
