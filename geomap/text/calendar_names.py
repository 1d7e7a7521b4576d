"""English weekday and month names, written once for the date rules, the date lines of
live blogs, the actor finder and the gazetteer's word filters (``calendar.day_name``
follows the process's locale; news copy here is English whatever the locale)."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
#: the short forms news copy writes ("Sept." as well as "Sep."; May has none)
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct",
                       "Nov", "Dec")
#: a month's first three letters, which every form of its name starts with, as a regex
#: alternation ("Jan|Feb|…", "May" too)
MONTH_PREFIXES = "|".join(month[:3] for month in MONTHS)
