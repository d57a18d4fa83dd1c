"""What happened: dates with the right year, the sentences the parser sees, meetings,
quotations, the other event types, their sides, and whether each was done."""
