"""HelaVB Desktop: the offline register of Länsstyrelsen Västerbotten's Hela Västerbotten drive."""

__version__ = "0.1.0"
