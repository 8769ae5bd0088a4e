from dashboards.views.network import network_compare, network_dashboard
from dashboards.views.structure import dashboard_home, structure_dashboard
from dashboards.views.todo import professional_todo, todo_proposals, todo_sessions

__all__ = [
    "dashboard_home",
    "network_compare",
    "network_dashboard",
    "professional_todo",
    "structure_dashboard",
    "todo_proposals",
    "todo_sessions",
]
