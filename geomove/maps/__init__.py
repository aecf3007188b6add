"""What a situation map is drawn with: the offline basemap, actor names and colours, styles, tiles.

- :mod:`.basemap`: context layers from data that pip installed (Natural Earth borders,
  admin-1 lines, lakes; WDBII rivers; towns and provinces from the gazetteer).
- :mod:`.actors`: one key per actor ("RSF convoy" = "Rapid Support Forces") and a colour
  derived from it, from a palette readable by colour-blind readers.
- :mod:`.styles`: how a movement's status and confidence are drawn (shared with exports).
- :mod:`.tiles`: the user's own MBTiles file or tile folder, inlined for the data's area.
"""
