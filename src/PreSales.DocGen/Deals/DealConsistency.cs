namespace PreSales.DocGen.Deals;

/// <summary>Checks a schema-valid deal for what a schema cannot say: unique ids and references that resolve.</summary>
internal static class DealConsistency
{
    public static List<DealProblem> Check(Deal deal, DealProblemText text)
    {
        var problems = new List<DealProblem>();
        var stakeholders = UniqueIds(deal.Stakeholders.Select(s => s.Id), "$.stakeholders", text, problems);
        UniqueIds(deal.Competitors.Select(c => c.Id), "$.competitors", text, problems);
        UniqueIds(deal.Cases.Select(c => c.Id), "$.cases", text, problems);
        CheckStages(deal, stakeholders, text, problems);
        CheckReferences(deal.Strategy?.ContactOrder ?? [], "$.strategy.contactOrder", stakeholders, text, problems);
        for (var i = 0; i < deal.Exchanges.Count; i++)
        {
            var attendees = deal.Exchanges[i].CustomerAttendees;
            for (var j = 0; j < attendees.Count; j++)
            {
                var path = $"$.exchanges[{i}].customerAttendees[{j}]";
                var attendee = attendees[j];
                if (attendee.StakeholderId is { } id && !stakeholders.ContainsKey(id))
                    problems.Add(new DealProblem($"{path}.stakeholderId", text.UnknownStakeholder(id)));
                if (attendee.StakeholderId is null && string.IsNullOrWhiteSpace(attendee.Name))
                    problems.Add(new DealProblem(path, text.AttendeeWithoutName()));
            }
        }
        return problems;
    }

    private static void CheckStages(Deal deal, Dictionary<string, string> stakeholders, DealProblemText text, List<DealProblem> problems)
    {
        var seen = new Dictionary<int, string>();
        for (var i = 0; i < deal.Stages.Count; i++)
        {
            var stage = deal.Stages[i];
            var path = $"$.stages[{i}]";
            if (!seen.TryAdd(stage.Number, path))
                problems.Add(new DealProblem($"{path}.number", text.DuplicateStage(stage.Number, seen[stage.Number])));
            if (stage.Start is { } start && stage.End is { } end && end < start)
                problems.Add(new DealProblem($"{path}.end", text.EndBeforeStart()));
            CheckReferences(stage.Audience, $"{path}.audience", stakeholders, text, problems);
        }
    }

    private static Dictionary<string, string> UniqueIds(IEnumerable<string> ids, string path, DealProblemText text, List<DealProblem> problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            var here = $"{path}[{i++}].id";
            if (!seen.TryAdd(id, here))
                problems.Add(new DealProblem(here, text.DuplicateId(id, seen[id])));
        }
        return seen;
    }

    private static void CheckReferences(IReadOnlyList<string> ids, string path, Dictionary<string, string> stakeholders, DealProblemText text, List<DealProblem> problems)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!stakeholders.ContainsKey(ids[i]))
                problems.Add(new DealProblem($"{path}[{i}]", text.UnknownStakeholder(ids[i])));
        }
    }
}
