"""Client adapters: a mini-program filing request as a portal sends it to WeChat (``applyIcpFiling``) or Douyin
(``submit_record_info``) → a FORMAT 1.1 document, checked with the report's paths in the request's own terms
(``shared/spec/CLIENTS.md``).

- :mod:`beianrules.clients.wechat` and :mod:`beianrules.clients.douyin`: ``adapt`` (→ :class:`Adapted`),
  ``to_document`` (→ the plain dict), ``check`` (→ the report, paths translated back), ``load_code_tables``.
- :class:`CodeTables`: the platform's list responses, passed by the caller; the library makes no network call.
- Facts: FORMAT paths → values for what the request lacks (``{"order.type": "new_filing"}``); never a
  replacement of what the request says.
"""

from beianrules.clients._common import Adapted, CodeTables, Origin, Reading

__all__ = ["Adapted", "CodeTables", "Origin", "Reading"]
