"""Rows of `client.fabric`: every Fabric operation, one module per resource."""

from __future__ import annotations

from .. import Row
from .addresses import ROWS as ADDRESSES
from .ai_agents import ROWS as AI_AGENTS
from .call_flows import ROWS as CALL_FLOWS
from .conference_rooms import ROWS as CONFERENCE_ROOMS
from .cxml_applications import ROWS as CXML_APPLICATIONS
from .cxml_scripts import ROWS as CXML_SCRIPTS
from .cxml_webhooks import ROWS as CXML_WEBHOOKS
from .dialogflow_agents import ROWS as DIALOGFLOW_AGENTS
from .freeswitch_connectors import ROWS as FREESWITCH_CONNECTORS
from .relay_applications import ROWS as RELAY_APPLICATIONS
from .resources import ROWS as RESOURCES
from .sip_addresses import ROWS as SIP_ADDRESSES
from .sip_endpoints import ROWS as SIP_ENDPOINTS
from .sip_gateways import ROWS as SIP_GATEWAYS
from .subscribers import ROWS as SUBSCRIBERS
from .swml_scripts import ROWS as SWML_SCRIPTS
from .swml_webhooks import ROWS as SWML_WEBHOOKS
from .tokens import ROWS as TOKENS

ROWS: list[Row] = [
    *ADDRESSES,
    *AI_AGENTS,
    *CALL_FLOWS,
    *CONFERENCE_ROOMS,
    *CXML_APPLICATIONS,
    *CXML_SCRIPTS,
    *CXML_WEBHOOKS,
    *DIALOGFLOW_AGENTS,
    *FREESWITCH_CONNECTORS,
    *RELAY_APPLICATIONS,
    *RESOURCES,
    *SIP_ADDRESSES,
    *SIP_ENDPOINTS,
    *SIP_GATEWAYS,
    *SUBSCRIBERS,
    *SWML_SCRIPTS,
    *SWML_WEBHOOKS,
    *TOKENS,
]
