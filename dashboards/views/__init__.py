from dashboards.views.network import network_compare, network_dashboard
from dashboards.views.structure import dashboard_home, structure_dashboard

__all__ = [
    "dashboard_home",
    "network_compare",
    "network_dashboard",
    "structure_dashboard",
]
