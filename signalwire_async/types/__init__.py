"""Public types: response models and request parameters, one module per namespace."""

from .fabric import (
    AddressChannels,
    FabricAddress,
    SipEndpoint,
    SipEndpointCreateParams,
    SipEndpointListParams,
    SipEndpointUpdateParams,
)

__all__ = [
    "AddressChannels",
    "FabricAddress",
    "SipEndpoint",
    "SipEndpointCreateParams",
    "SipEndpointListParams",
    "SipEndpointUpdateParams",
]
