"""English weekday and month names, written once for the date rules, the date lines of
live blogs, the actor finder and the gazetteer's word filters (``calendar.day_name``
follows the process's locale; news copy here is English whatever the locale)."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
