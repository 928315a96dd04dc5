"""SWML documents and SWAIG answers, as plain data: no web framework, no HTTP client.

```python
from signalwire_async.swml import SWMLBuilder

swml = SWMLBuilder().answer().play(url="say:Hello").hangup().build()
await client.calling.dial(from_="+15551230000", to="+15551231111", swml=swml)
```

`SWMLBuilder` builds a document, one typed method per verb of the SWML schema, checked as it
goes; `FunctionResult` builds what a SWAIG function webhook answers; `SwaigRequest` types what
it receives. The names are the official SDK's, so its code moves over as is.
"""

from ._builder import SWMLBuilder
from ._function_result import FunctionResult, SwaigFunctionResult
from ._swaig import SwaigArgument, SwaigRequest, swaig_arguments

__all__ = [
    "FunctionResult",
    "SWMLBuilder",
    "SwaigArgument",
    "SwaigFunctionResult",
    "SwaigRequest",
    "swaig_arguments",
]
