// Prints a briefing computed from the knowledge base under knowledge/ at the repository root;
// with the argument "cookbook", prints what each README cookbook recipe returns instead.
using System;
using System.Collections.Generic;
using Curata.Knowledge.Sample;

if (args.Length > 0 && args[0] == "cookbook")
{
    var recipes = new (string Name, Func<IEnumerable<string>> Run)[]
    {
        ("quotations by a person", Cookbook.QuotationsByAPerson),
        ("fatalities by month", Cookbook.FatalitiesByMonth),
        ("who backs or opposes whom as of a date", Cookbook.WhoBacksWhomAsOfADate),
        ("what caused an event", Cookbook.WhatCausedAnEvent),
        ("events between two dates, honestly", Cookbook.EventsBetweenTwoDates),
    };
    foreach (var (name, run) in recipes)
    {
        Console.WriteLine($"== {name}");
        foreach (var line in run()) Console.WriteLine("  " + line);
    }
    return;
}

Briefing.Write(Console.Out);
