"""The shipped gazetteer: one JSON file of people per country and group (see README.md)."""
