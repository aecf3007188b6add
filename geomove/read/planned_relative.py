"""A relative clause of another force's planned movement after a verb of relief or a preposition:
"Some 800 Egyptian troops are due to arrive in Mogadishu next month, replacing Ethiopian forces
who will withdraw to Gedo", "..., replacing Ethiopian forces who are expected to withdraw to Gedo
next week". The relative clause tells the movement of the force before "who" (cuts._OBJECT_WHO,
as with "who withdrew to Gedo"); its verb group may open with a modal or a word of plans, which
the status reader then finds at its head (planned).

why: only a perfect or a simple auxiliary could stand before the relative clause's verb; with
"will" or "are expected to" the sentence stayed one clause and Gedo was a second destination of
the Egyptian troops, with their count, and reported (probes of my own)."""

# the verb group's opening before the relative clause's verb, longest first (a modal, or a word
# of plans and "to"), as cuts._OBJECT_WHO's "aux" alternatives
PLANNED_AUX = (r"(?:will|would|could|may|might|shall)\s+(?:(?:now|then|later|soon|also)\s+)?(?:be\s+)?"
               r"|(?:are|is|were|was)\s+(?:(?:expected|due|set|scheduled|likely|planning|preparing)\s+)?to\s+(?:be\s+)?")
