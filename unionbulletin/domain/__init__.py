"""The Qt-free, I/O-free core: the bulletin model, its edit functions and Chinese conventions."""

from .model import (
    AddressBook,
    Bulletin,
    Distribution,
    FontNames,
    Item,
    Leader,
    OrgSettings,
    Period,
    Plan,
    PlanLayout,
    RecipientGroup,
    SubPoint,
    Summary,
    Task,
    TaskStatus,
    new_id,
)

__all__ = [
    "AddressBook",
    "Bulletin",
    "Distribution",
    "FontNames",
    "Item",
    "Leader",
    "OrgSettings",
    "Period",
    "Plan",
    "PlanLayout",
    "RecipientGroup",
    "SubPoint",
    "Summary",
    "Task",
    "TaskStatus",
    "new_id",
]
