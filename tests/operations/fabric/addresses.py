from signalwire_async.types.fabric.addresses import FabricAddress

from .. import SUBSCRIBER_TOKEN, Row

_ADDR_ID = "da451b92-5367-4bab-8ac9-9139d0652d17"
_ADDRESS = {
    "id": _ADDR_ID,
    "name": "weekly-standup",
    "display_name": "Weekly standup",
    "type": "room",
    "cover_url": "https://cdn.example.com/covers/standup.png",
    "preview_url": "https://cdn.example.com/previews/standup.png",
    "locked": False,
    "channels": {
        "audio": "/public/weekly-standup?channel=audio",
        "video": "/public/weekly-standup?channel=video",
    },
    "created_at": "2025-05-05T06:30:00Z",
}

ROWS = [
    Row(
        call="fabric.addresses.list",
        kwargs={"page_size": 20, "subscriber_token": SUBSCRIBER_TOKEN},
        method="GET",
        path="/api/fabric/addresses",
        query={"page_size": "20"},
        response={
            "data": [_ADDRESS],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/addresses?page_size=20",
                "first": "https://example.signalwire.com/api/fabric/addresses?page_size=20",
            },
        },
        returns=FabricAddress,
        paged=True,
        auth="subscriber",
    ),
    Row(
        call="fabric.addresses.get",
        args=(_ADDR_ID,),
        kwargs={"subscriber_token": SUBSCRIBER_TOKEN},
        method="GET",
        path=f"/api/fabric/addresses/{_ADDR_ID}",
        response=_ADDRESS,
        returns=FabricAddress,
        auth="subscriber",
    ),
]
