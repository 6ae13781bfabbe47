// Prints a briefing computed from the knowledge base under knowledge/ at the repository root.
Curata.Knowledge.Sample.Briefing.Write(System.Console.Out);
