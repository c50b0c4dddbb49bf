"""The drawn pictures: painted by QPainter from the data, each with a text alternative (base.py says what they
share). catalogue.py names them: the pictures a slide shows by name, and the story map's one per chapter."""
