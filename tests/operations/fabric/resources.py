from signalwire_async.types.fabric.addresses import FabricAddress
from signalwire_async.types.fabric.resources import (
    DomainApplicationAssignment,
    FabricResource,
    PhoneRouteAssignment,
    SipEndpointAssignment,
)

from .. import SUBSCRIBER_TOKEN, Row  # noqa: F401

_RES_ID = "4c973763-ac60-4db8-a6df-f9d6045b54bd"
_RES_BASE = "/api/fabric/resources"
_RES_WEBHOOK = {
    "id": _RES_ID,
    "project_id": "1128da01-c361-4ea6-86ec-3f903f2c248e",
    "display_name": "Order status line",
    "type": "swml_webhook",
    "created_at": "2025-03-14T15:09:26Z",
    "updated_at": "2025-03-14T15:09:26Z",
    "swml_webhook": {
        "id": "c4efd848-1a3b-4eb6-af3e-ee870545b0bd",
        "name": "Order status line",
        "used_for": "calling",
        "primary_request_url": "https://hooks.shop.example.com/swml/orders",
        "primary_request_method": "POST",
        "fallback_request_url": None,
        "fallback_request_method": "POST",
        "status_callback_url": "https://hooks.shop.example.com/swml/status",
        "status_callback_method": "POST",
    },
}
_RES_GATEWAY = {
    "id": "bfd2009a-ca49-4f8f-bcb5-524b36176c1b",
    "project_id": "1128da01-c361-4ea6-86ec-3f903f2c248e",
    "display_name": "Warehouse PBX",
    "type": "sip_gateway",
    "created_at": "2025-03-10T08:00:00Z",
    "updated_at": "2025-03-12T11:45:19Z",
    "sip_gateway": {
        "id": "535ec854-0b2c-4c8b-a13a-b737c2db312a",
        "uri": "ops@pbx.warehouse.example.com",
        "name": "Warehouse PBX",
        "ciphers": ["AES_CM_128_HMAC_SHA1_80"],
        "codecs": ["PCMU", "PCMA"],
        "encryption": "default",
    },
}
_RES_ADDRESS = {
    "id": "f86ec245-5bd5-43a5-860a-5fc9ed240e09",
    "name": "order-status-line",
    "display_name": "Order status line",
    "type": "app",
    "cover_url": "https://cdn.example.com/covers/orders.png",
    "preview_url": "https://cdn.example.com/previews/orders.png",
    "locked": False,
    "channels": {"audio": "/public/order-status-line?channel=audio"},
    "created_at": "2025-03-14T15:09:27Z",
}
_RES_DOMAIN_APP_ID = "32824099-7833-47ab-9d75-b4c00f5be388"
_RES_PHONE_ROUTE_ID = "4c509cc4-f7e3-4162-82b7-75d61099d415"
_RES_SIP_ENDPOINT_ID = "e326367e-9e56-4643-aa93-a24dc4d4027d"

ROWS = [
    Row(
        call="fabric.resources.list",
        kwargs={"page_size": 2},
        method="GET",
        path=_RES_BASE,
        query={"page_size": "2"},
        response={
            "data": [_RES_WEBHOOK, _RES_GATEWAY],
            "links": {
                "self": "https://example.signalwire.com/api/fabric/resources?page_size=2",
                "first": "https://example.signalwire.com/api/fabric/resources?page_size=2",
            },
        },
        returns=FabricResource,
        paged=True,
    ),
    Row(
        call="fabric.resources.get",
        args=(_RES_ID,),
        method="GET",
        path=f"{_RES_BASE}/{_RES_ID}",
        response=_RES_WEBHOOK,
        returns=FabricResource,
    ),
    Row(
        call="fabric.resources.delete",
        args=(_RES_ID,),
        method="DELETE",
        path=f"{_RES_BASE}/{_RES_ID}",
        status=204,
        response=None,
        returns=None,
    ),
    Row(
        call="fabric.resources.list_addresses",
        args=(_RES_ID,),
        kwargs={"page_size": 10},
        method="GET",
        path=f"{_RES_BASE}/{_RES_ID}/addresses",
        query={"page_size": "10"},
        response={
            "data": [_RES_ADDRESS],
            "links": {
                "self": f"https://example.signalwire.com{_RES_BASE}/{_RES_ID}/addresses?page_size=10",
                "first": f"https://example.signalwire.com{_RES_BASE}/{_RES_ID}/addresses?page_size=10",
            },
        },
        returns=FabricAddress,
        paged=True,
    ),
    Row(
        call="fabric.resources.assign_domain_application",
        args=(_RES_ID,),
        kwargs={"domain_application_id": _RES_DOMAIN_APP_ID},
        method="POST",
        path=f"{_RES_BASE}/{_RES_ID}/domain_applications",
        body={"domain_application_id": _RES_DOMAIN_APP_ID},
        response={
            "id": _RES_DOMAIN_APP_ID,
            "type": "domain_application",
            "domain": "acme-orders",
            "name": "Orders",
            "identifier": "orders",
            "user": "orders",
            "ip_auth_enabled": False,
            "ip_auth": [],
            "call_handler": "relay_script",
            "calling_handler_resource_id": _RES_ID,
            "call_relay_topic": None,
            "call_relay_topic_status_callback_url": None,
            "call_relay_context": None,
            "call_relay_context_status_callback_url": None,
            "call_request_url": None,
            "call_request_method": None,
            "call_fallback_url": None,
            "call_fallback_method": None,
            "call_status_callback_url": None,
            "call_status_callback_method": None,
            "call_laml_application_id": None,
            "call_video_room_id": None,
            "call_relay_script_url": "https://hooks.shop.example.com/swml/orders",
            "encryption": "optional",
            "codecs": ["OPUS", "PCMU"],
            "ciphers": ["AES_CM_128_HMAC_SHA1_80"],
        },
        returns=DomainApplicationAssignment,
    ),
    Row(
        call="fabric.resources.assign_phone_route",
        args=(_RES_ID,),
        kwargs={"phone_route_id": _RES_PHONE_ROUTE_ID, "handler": "calling"},
        method="POST",
        path=f"{_RES_BASE}/{_RES_ID}/phone_routes",
        body={"phone_route_id": _RES_PHONE_ROUTE_ID, "handler": "calling"},
        response=_RES_ADDRESS,
        returns=PhoneRouteAssignment,
    ),
    Row(
        call="fabric.resources.assign_sip_endpoint",
        args=(_RES_ID,),
        kwargs={"sip_endpoint_id": _RES_SIP_ENDPOINT_ID},
        method="POST",
        path=f"{_RES_BASE}/{_RES_ID}/sip_endpoints",
        body={"sip_endpoint_id": _RES_SIP_ENDPOINT_ID},
        response={
            "id": "462ecafc-23d4-4d8e-b6e5-5ad5e826cffa",
            "name": "front-desk",
            "type": "call",
            "cover_url": None,
            "preview_url": None,
            "channels": {"audio": "/private/front-desk?channel=audio"},
        },
        returns=SipEndpointAssignment,
    ),
]
