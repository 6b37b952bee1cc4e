Console.WriteLine("usage: GovernanceBot.Bench <suite>");
